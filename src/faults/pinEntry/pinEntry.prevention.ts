/** Prevention advice for this fault, for the prevention page (DOMAIN.md). Content only. */
import type { Prevention } from '../types';

export const pinEntryPrevention: Prevention = {
  zh: {
    heading: '预防无法输入密码',
    items: [
      '定期维护POS机，及早发现问题。',
      '给收银员书面的操作指南，并培训：顾客怎样自己输密码。',
      '留意POS机的异常，比如按键不灵、屏幕发暗、自己重启，早发现早报修。',
      'POS机远离潮湿和高温，使用原装充电器。',
      '接受“免费POS机”之前，先查服务商有没有支付牌照：中国人民银行网站 → 公开目录 → 行政审批公示 → 已获许可机构（支付机构），看服务商的名字在不在里面。',
    ],
  },
  en: {
    heading: 'Preventing PIN entry problems',
    items: [
      'Maintain the terminal regularly, to catch problems early.',
      'Give cashiers a written guide and train them: how the customer enters the PIN themselves.',
      'Watch for warning signs, such as slow keys, a dim screen or restarts by itself, and report them early.',
      'Keep the terminal away from damp and heat, and use the original charger.',
      'Before accepting a “free POS”, check the provider holds a payment licence: People’s Bank of China website → public information → administrative approvals → licensed payment institutions. Look for the provider’s name there.',
    ],
  },
};
