/** 历史记录（app/HistoryPage.tsx），简体中文。结构与 history.text.en.ts 相同，由类型检查保证。 */
import type { HistoryText } from './history.text.en';

export const historyTextZh: HistoryText = {
  heading: '历史记录',
  thisMonth: '本月',
  resolvedShare: '无需客服就解决',
  medianFix: '通常解决用时',
  empty: '还没有记录。使用向导后会显示在这里。',
  status: {
    inProgress: '进行中',
    resolved: '已解决',
    escalated: '已交客服',
    abandoned: '已放弃',
  },
  lookedUpThisMonth: '本月查询',
  lookupsTotal: '查询总数',
  lookedUp: '查询记录',
  typed: '输入的是：',
  timeline: '处理经过',
  wentBack: '返回了上一个问题',
  deleteConfirm: '从这台手机上删除这条记录和它的备注？删除后无法恢复。',
  deleteFailed: '还没有删除。请稍后再试。',
};
