/** Prevention advice for this fault, for the prevention page (DOMAIN.md). Content only. */
import type { Prevention } from '../types';

export const keyErrorPrevention: Prevention = {
  zh: {
    heading: '预防密钥错误',
    items: [
      '定好书面的安全制度和操作规程，培训店员照着做。',
      '定期检查和保养终端：硬件、软件更新、摆放环境。',
      '定期备份终端里的重要数据，比如交易记录。',
      '保护店里的网络：终端只用服务商装好的网络，路由器设密码，不让陌生设备接入。',
      '听取顾客的反馈，付款出问题及时处理。',
      '只用正规渠道、正版授权的终端。',
      '定期培训店员：会正确操作终端，知道出故障时怎么办。',
      '终端放在凉爽、干燥的地方，远离热源、水汽和大功率电器。',
      '终端放在收银台内，有人看管，不让陌生人接触。',
      '有人来电或发短信说要“升级密钥”，又要卡号、密码或转账的，都是诈骗。只打合同上或终端标签上的服务商电话核实。',
    ],
  },
  en: {
    heading: 'Preventing key errors',
    items: [
      'Write down security rules and operating steps, and train staff to follow them.',
      'Inspect and maintain the terminal regularly: hardware, software updates, where it stands.',
      'Back up the terminal’s important data regularly, such as sales records.',
      'Protect the shop network: the terminal uses only the network the provider set up, the router has a password, no unknown devices join.',
      'Listen to customers’ feedback and deal with payment problems quickly.',
      'Use only genuine, licensed terminals from official channels.',
      'Train staff regularly: how to use the terminal, and what to do when it fails.',
      'Keep the terminal cool and dry, away from heat, steam and big appliances.',
      'Keep the terminal behind the counter, watched, out of strangers’ reach.',
      'A call or text to “upgrade the key” that also asks for card numbers, passwords or a transfer is a scam. To check, call only the provider number on your contract or the terminal label.',
    ],
  },
};
