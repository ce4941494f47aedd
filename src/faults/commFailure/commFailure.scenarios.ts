/**
 * Practice scenarios of this fault: made-up incidents whose simulated terminal acts out one
 * root cause, with what the terminal shows at every step of the guide (see ../scenario.ts).
 * Pure data: no contact numbers or addresses.
 */
import type { ChoiceEvent } from '../types';
import type { Bi, Lights, Scenario } from '../scenario';
import {
  NETWORK_OK,
  SALE_OK,
  at,
  bi,
  sharedStepsWorld,
  withTerminal,
  type World,
} from '../shared/scenarioKit';

// Communication failure (「通讯失败」)

function commFailureWorld(msg: Bi, screenAnswer: ChoiceEvent, lights?: Lights): World {
  const o = at(msg, lights);
  const { lookCheck: _noLook, ...shared } = sharedStepsWorld(o);
  return {
    screen: o(screenAnswer),
    ...shared,
    hostDown: o('fixed.no'),
    restart: o('fixed.no'),
    network: o('answer.yes', { scene: NETWORK_OK }),
    shopOnline: o('answer.yes'),
    fixRouter: o('fixed.no'),
    fixTerminalLink: o('fixed.no'),
    hostCheck: o('answer.no', {
      scene: bi('隔壁店的POS机刷卡正常。', 'The shop next door takes cards normally.'),
    }),
    callProvider: o('fixed.no'),
  };
}

const COMM_FAIL = bi('通讯失败\n请检查网络', 'Communication failure\nCheck the network');
const HOST_BUSY = bi(
  '96\n拒绝，交换中心异常，请稍后重试',
  '96\nDeclined, switch error, try again later',
);
const NO_SIGNAL = { signal: false } as const;

const commRouter: Scenario = {
  id: 'commFailure-router',
  fault: 'commFailure',
  title: bi('午饭时间刷卡一直通讯失败', 'Communication failures all through lunch'),
  rootCause: bi(
    '店里的路由器死机了：POS机和店里的手机都上不了网。重启路由器后恢复。',
    'The shop’s router hung: neither the terminal nor the shop’s phones could get online. Restarting the router fixed it.',
  ),
  expectedEnd: 'resolved',
  icons: NO_SIGNAL,
  observations: {
    ...commFailureWorld(COMM_FAIL, 'screen.commFail', { network: 'off' }),
    network: {
      screen: COMM_FAIL,
      lights: { network: 'off' },
      answer: 'answer.no',
      scene: bi('屏幕上的 Wi-Fi 图标是灰的。', 'The Wi-Fi icon on the screen is grey.'),
    },
    shopOnline: {
      screen: COMM_FAIL,
      lights: { network: 'off' },
      answer: 'answer.no',
      scene: bi(
        '店里连同一个 Wi-Fi 的手机也打不开网页。',
        'A phone on the same Wi-Fi cannot open a page either.',
      ),
    },
    fixRouter: {
      screen: SALE_OK,
      answer: 'fixed.yes',
      scene: bi(
        '路由器断电 30 秒再插上，两分钟后指示灯正常，测试交易成功。',
        'Router unplugged for 30 seconds; two minutes later its lights are normal and a test sale works.',
      ),
    },
  },
};

const commHost: Scenario = {
  id: 'commFailure-host',
  fault: 'commFailure',
  title: bi('晚上突然显示 96', 'Suddenly 96 in the evening'),
  rootCause: bi(
    '银联那边的系统短暂故障，附近的店也一样。店里什么都不用修：等一会儿，期间扫码收款。',
    'UnionPay’s system had a short outage; shops nearby saw the same. Nothing in the shop needed fixing: wait, and take QR payments meanwhile.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...commFailureWorld(HOST_BUSY, 'screen.hostBusy'),
    hostDown: {
      screen: SALE_OK,
      answer: 'fixed.yes',
      scene: bi(
        '隔壁店也刷不了卡。你先用扫码收款，15 分钟后再试，刷卡成功。',
        'The shop next door cannot take cards either. You take QR payments; 15 minutes later a card sale works.',
      ),
    },
  },
};

const commCable: Scenario = {
  id: 'commFailure-cable',
  fault: 'commFailure',
  title: bi('打扫柜台之后刷不了卡', 'No card goes through after cleaning'),
  rootCause: bi(
    '打扫柜台时碰松了POS机的网线。店里其他设备都能上网；把网线插牢、重启后恢复。',
    'Cleaning the counter loosened the terminal’s network cable. Everything else in the shop was online; pushing the cable in and restarting fixed it.',
  ),
  expectedEnd: 'resolved',
  icons: NO_SIGNAL,
  observations: {
    ...commFailureWorld(
      bi('签到失败\n通讯失败', 'Sign-in failed\nCommunication failure'),
      'screen.signInFail',
    ),
    network: {
      screen: bi('签到失败\n通讯失败', 'Sign-in failed\nCommunication failure'),
      answer: 'answer.no',
      scene: bi('信号图标上有个叉。', 'The signal icon has a cross on it.'),
    },
    fixTerminalLink: {
      screen: SALE_OK,
      answer: 'fixed.yes',
      scene: bi(
        'POS机背后的网线松了一半。插牢、重启、签到后，测试交易成功。',
        'The cable at the back of the terminal was half out. Pushed in, restarted, signed in: a test sale works.',
      ),
    },
  },
};

const commProvider: Scenario = {
  id: 'commFailure-provider',
  fault: 'commFailure',
  title: bi('只有这台POS机连不上', 'Only this terminal cannot connect'),
  rootCause: bi(
    '服务商后台换了地址，这台POS机还没更新参数。信号正常、重启签到都没用；服务商远程更新后恢复。',
    'The provider moved its host and this terminal had not got the new settings. Signal fine, restart and sign-in did not help; the provider updated it remotely.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...commFailureWorld(
      bi('连接超时\n交易失败', 'Connection timeout\nTransaction failed'),
      'screen.commFail',
    ),
    callProvider: {
      screen: SALE_OK,
      answer: 'fixed.yes',
      scene: bi(
        '服务商远程给POS机下发了新参数，再签到就成功了。',
        'The provider sends the terminal new settings remotely; the next sign-in works.',
      ),
    },
  },
};

// The terminal's own icons show the network state; a sign-in fails while the link is down.
export const commFailureScenarios: readonly Scenario[] = withTerminal(
  [commRouter, commHost, commCable, commProvider],
  () => ({
    signIn: { screen: bi('签到失败\n通讯失败', 'Sign-in failed\nCommunication failure') },
  }),
);
