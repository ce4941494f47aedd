/** Prevention advice for this fault, for the prevention page (DOMAIN.md). Content only. */
import type { Prevention } from '../types';

export const keyErrorPrevention: Prevention = {
  zh: {
    heading: '预防密钥错误',
    items: [
      '定好书面的安全制度和操作规程，培训店员照着做。',
      '定期检查和保养POS机：硬件、软件更新、摆放环境。',
      '每天留好结算单；交易明细在服务商的商户App里查。POS机不用自己备份，也不要往上面插U盘或任何东西。',
      '保护店里的网络：POS机只用服务商装好的网络，路由器设密码，不让陌生设备接入。',
      '听取顾客的反馈，付款出问题及时处理。',
      '只用正规渠道、正版授权的POS机。',
      '定期培训店员：会正确操作POS机，知道出故障时怎么办。',
      'POS机放在凉爽、干燥的地方，远离热源、水汽和大功率电器。',
      'POS机放在收银台内，有人看管，不让陌生人接触。',
      '有人来电或发短信说要“升级密钥”，要你报序列号、密码、卡号，或转账、点链接的，都是诈骗：什么都不给。要核实，自己拨合同上或机身标签上的服务商电话；这时可以报序列号、商户号和终端号，密码永远不说。',
    ],
  },
  en: {
    heading: 'Preventing key errors',
    items: [
      'Write down security rules and operating steps, and train staff to follow them.',
      'Inspect and maintain the terminal regularly: hardware, software updates, where it stands.',
      'Keep each day’s settlement slip; the transaction list is in your provider’s merchant app. You do not back up a card terminal yourself, and never plug a USB drive or anything else into it.',
      'Protect the shop network: the terminal uses only the network the provider set up, the router has a password, no unknown devices join.',
      'Listen to customers’ feedback and deal with payment problems quickly.',
      'Use only genuine, licensed terminals from official channels.',
      'Train staff regularly: how to use the terminal, and what to do when it fails.',
      'Keep the terminal cool and dry, away from heat, steam and big appliances.',
      'Keep the terminal behind the counter, watched, out of strangers’ reach.',
      'A call or text to “upgrade the key” that asks for the serial number, a password, a card number, a transfer or a click on a link is a scam: give nothing. To check, call the provider number on your contract or the terminal label yourself; then you may give the serial, merchant and terminal numbers, never a password.',
    ],
  },
};
