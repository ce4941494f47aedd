/**
 * Prevention advice per fault (DOMAIN.md: fault 1 §六 and remedies 5–7, fault 2 and fault 3
 * "Prevention"), for the prevention page. Content only: short items a shop owner can act on,
 * no phone numbers except the allowed hotlines, no web addresses.
 */
import type { FaultId, Lang } from './types';

export interface PreventionSection {
  faultId: FaultId;
  heading: string;
  items: string[];
}

export const preventionContent: Record<Lang, PreventionSection[]> = {
  zh: [
    {
      faultId: 'keyError',
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
    {
      faultId: 'securityLock',
      heading: '预防安全锁定',
      items: [
        '定期备份数据：存到U盘、移动硬盘，或上传到云存储。',
        '不轻信来路不明的短信和邮件。',
        '不要在公共场所用个人热点做交易。',
        '及时更新终端的系统和支付软件（按服务商提供的方式）。',
        '只从正规渠道购买终端。',
        '定好店内制度：谁能用终端、密码怎么保管；培训并监督店员。',
        '店员要记准密码。记不清时不要反复试，输错太多次会锁机。',
        '定期清洁和保养终端，保持按键灵敏。',
        '终端在登记的营业地址使用。要搬店，先请服务商办理移机。',
        '说终端要“升级”或要“停用”，让你回复1、点链接、报序列号和密码、交“升级费”的，都是诈骗。',
      ],
    },
    {
      faultId: 'pinEntry',
      heading: '预防无法输入密码',
      items: [
        '定期维护终端，及早发现问题。',
        '给收银员书面的操作指南，并培训：顾客怎样自己输密码。',
        '留意终端的异常，比如按键不灵、屏幕发暗、自己重启，早发现早报修。',
        '终端远离潮湿和高温，使用原装充电器。',
        '接受“免费POS机”之前，先查服务商有没有支付牌照：中国人民银行网站 → 公开目录 → 行政审批公示 → 已获许可机构（支付机构），看服务商的名字在不在里面。',
      ],
    },
  ],
  en: [
    {
      faultId: 'keyError',
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
    {
      faultId: 'securityLock',
      heading: 'Preventing a security lock',
      items: [
        'Back up data regularly: to a USB drive, an external disk, or cloud storage.',
        'Ignore text messages and e-mails from unknown senders.',
        'Never take payments over a personal hotspot in a public place.',
        'Keep the terminal’s system and payment software up to date (the way your provider offers).',
        'Buy terminals only through official channels.',
        'Set shop rules: who may use the terminal, how passwords are kept. Train and supervise staff.',
        'Staff should know the passwords. If unsure, do not keep guessing: too many wrong tries lock the terminal.',
        'Clean and maintain the terminal regularly, so the keys stay responsive.',
        'Use the terminal at its registered business address. Moving shop? Ask the provider to re-register it first.',
        'Messages that your terminal must be “upgraded” or will be “suspended”, asking you to reply 1, open a link, read out the serial number and password, or pay an “upgrade fee”, are scams.',
      ],
    },
    {
      faultId: 'pinEntry',
      heading: 'Preventing PIN entry problems',
      items: [
        'Maintain the terminal regularly, to catch problems early.',
        'Give cashiers a written guide and train them: how the customer enters the PIN themselves.',
        'Watch for warning signs, such as slow keys, a dim screen or restarts by itself, and report them early.',
        'Keep the terminal away from damp and heat, and use the original charger.',
        'Before accepting a “free POS”, check the provider holds a payment licence: People’s Bank of China website → public information → administrative approvals → licensed payment institutions. Look for the provider’s name there.',
      ],
    },
  ],
};
