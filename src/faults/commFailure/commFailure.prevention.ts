/** Prevention advice for this fault, for the prevention page (DOMAIN.md). Content only. */
import type { Prevention } from '../types';

export const commFailurePrevention: Prevention = {
  zh: {
    heading: '预防通讯失败',
    items: [
      'POS机用店里固定的网络：平时那个 Wi-Fi、那根网线或服务商给的 SIM 卡。',
      '网络设置只按服务商说的改，不要自己改。',
      'POS机在登记的营业地址使用；搬店前先请服务商办理移机。',
      '网线和电源线固定好，打扫柜台时别碰松。',
      '常备一种别的收款方式（扫码或现金），网络断了也能继续做生意。',
      '来电或短信说POS机要“升级网络”，要你报序列号、密码或点链接的，都是诈骗。',
    ],
  },
  en: {
    heading: 'Preventing communication failures',
    items: [
      'Keep the terminal on the shop’s usual network: the same Wi-Fi, cable or the SIM your provider gave you.',
      'Change network settings only as your provider tells you, never on your own.',
      'Use the terminal at its registered business address; before moving shop, ask the provider to re-register it.',
      'Fix the network and power cables so cleaning the counter does not loosen them.',
      'Keep another way to take payment ready (QR code or cash) for when the network is down.',
      'Calls or texts saying your terminal needs a “network upgrade” and asking for the serial number, a password or a click on a link are scams.',
    ],
  },
};
