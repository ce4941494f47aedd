/** 呼叫步骤上的服务商热线（terminals/ProviderHotlines.tsx），简体中文。结构与 hotlines.text.en.ts 相同。 */
import type { HotlinesText } from './hotlines.text.en';

export const hotlinesTextZh: HotlinesText = {
  ownNumber: '合同或标签上是别的号码？在这里保存',
};
