/** Prevention advice for this fault, for the prevention page (DOMAIN.md). Content only. */
import type { Prevention } from '../types';

export const securityLockPrevention: Prevention = {
  zh: {
    heading: '预防安全锁定',
    items: [
      'POS机不用你自己备份，也不要往上插任何东西。每天留好结算单，交易明细在服务商的商户App里。',
      '不轻信来路不明的短信和邮件。',
      '不要在公共场所用个人热点做交易。',
      '及时更新POS机的系统和支付软件（按服务商提供的方式）。',
      '只从正规渠道购买POS机。',
      '定好店内制度：谁能用POS机、密码怎么保管；培训并监督店员。',
      '店员要记准密码。记不清时不要反复试，输错太多次会锁机。',
      '定期清洁和保养POS机，保持按键灵敏。',
      'POS机在登记的营业地址使用。要搬店，先请服务商办理移机。',
      '说POS机要“升级”或要“停用”，让你回复1、点链接、报序列号和密码、交“升级费”的，都是诈骗。',
    ],
  },
  en: {
    heading: 'Preventing a security lock',
    items: [
      'A card terminal is not backed up by the shop: plug nothing into it. Keep the daily settlement slip; the transaction list is in your provider’s merchant app.',
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
};
