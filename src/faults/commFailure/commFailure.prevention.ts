/** Prevention advice for this fault, for the prevention page (DOMAIN.md). Content only. */
import type { Prevention } from '../types';

export const commFailurePrevention: Prevention = {
  zh: {
    heading: '预防通讯失败',
    items: [
      'POS机用店里固定的网络：平时那个 Wi-Fi、那根网线或服务商给的 SIM 卡。',
      '网络设置只按服务商说的改，不要自己改。',
      'POS机在登记的营业地址使用；搬店前先请服务商办理移机。',
      '路由器放在通风处，别和POS机的电源插在同一个容易松的插座上。',
      '常备一种别的收款方式（扫码或手写记账），网络断了也能继续做生意。',
      '说POS机要“升级网络”、让你报密码或点链接的电话和短信，都是诈骗。',
    ],
  },
  en: {
    heading: 'Preventing communication failures',
    items: [
      'Keep the terminal on the shop’s usual network: the same Wi-Fi, cable or the SIM your provider gave you.',
      'Change network settings only as your provider tells you, never on your own.',
      'Use the terminal at its registered business address; before moving shop, ask the provider to re-register it.',
      'Keep the router somewhere ventilated, and not on a loose socket shared with the terminal’s power.',
      'Keep another way to take payment ready (QR code, or writing sales down) for when the network is down.',
      'Calls or texts saying your terminal needs a “network upgrade”, asking for a password or to open a link, are scams.',
    ],
  },
};
