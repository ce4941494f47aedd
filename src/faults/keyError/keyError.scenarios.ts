/**
 * Practice scenarios of this fault: made-up incidents whose simulated terminal acts out one
 * root cause, with what the terminal shows at every step of the guide (see ../scenario.ts).
 * Pure data: no contact numbers or addresses.
 */
import type { ChoiceEvent } from '../types';
import type { Bi, Lights, Scenario } from '../scenario';
import {
  COOL_DRY,
  INTACT,
  KEY_ERROR,
  NETWORK_OK,
  SIGN_IN_OK,
  at,
  bi,
  sharedStepsWorld,
  withTerminal,
  type World,
} from '../shared/scenarioKit';

// Key error (「密钥错误，请重新启动客户端」)

/** The key-error guide where nothing but the message itself is found. */
function keyErrorWorld(msg: Bi, screenAnswer: ChoiceEvent, lights?: Lights): World {
  const o = at(msg, lights);
  return {
    screen: o(screenAnswer), // first: the scenario's first screen (scenarioKit)
    ...sharedStepsWorld(o),
    stopTampered: o('next'),
    exposure: o('answer.no', { scene: INTACT }),
    stopCards: o('next'),
    restart: o('fixed.no', {
      scene: bi('重启之后，屏幕还是同样的提示。', 'After the restart the screen shows the same.'),
    }),
    signIn: { ...o('fixed.no'), screen: bi('签到失败\n' + msg.zh, 'Sign-in failed\n' + msg.en) },
    pinPadCable: o('fixed.no', {
      scene: bi('密码键盘的线插得好好的。', 'The PIN pad cable is firmly in.'),
    }),
    network: o('answer.yes', { scene: NETWORK_OK }),
    shopOnline: o('answer.yes', { scene: NETWORK_OK }),
    fixRouter: o('fixed.no'),
    fixTerminalLink: o('fixed.no'),
    environment: o('answer.no', { scene: COOL_DRY }),
    moveTerminal: o('fixed.no'),
    update: {
      ...o('fixed.no'),
      screen: bi('已是最新版本\n' + msg.zh, 'Already the latest version\n' + msg.en),
    },
  };
}

const A0 = bi('A0 校验错，请重新签到', 'A0 Check error, please sign in again');

const keyErrorA0: Scenario = {
  id: 'keyError-a0-signIn',
  fault: 'keyError',
  title: bi('A0 校验错，刷卡做不了', 'A0 check error: no card sale goes through'),
  rootCause: bi(
    '放长假时POS机一直没开机，工作密钥和银行主机对不上了，每笔交易都校验失败（A0）。手动签到会下载新的工作密钥。',
    'The terminal was off over a long holiday; its working keys no longer matched the bank host, so every message failed the check (A0). A manual sign-in downloads fresh working keys.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...keyErrorWorld(A0, 'screen.a0'),
    signIn: {
      screen: SIGN_IN_OK,
      answer: 'fixed.yes',
      scene: bi(
        '你在菜单里选「签到」，再做一笔测试交易。',
        'You choose 签到 (sign-in) in the menu, then do a test sale.',
      ),
    },
  },
};

const keyErrorExposure: Scenario = {
  id: 'keyError-exposure',
  fault: 'keyError',
  title: bi('开门营业时提示密钥错误', 'Key error at opening time'),
  rootCause: bi(
    '昨天有个自称“银行来维护”的人摆弄过卡槽，卡槽边上多了新划痕。密钥可能已经泄露：柜台上做什么都不能让它变安全，只能停止刷卡，由服务商检查并重新灌装密钥。',
    'Yesterday a man claiming to be “from the bank” fiddled with the card slot; there is a fresh scratch beside it. The key may be exposed: nothing done at the counter makes the terminal safe. Stop taking cards; only the provider can check it and inject a new key.',
  ),
  expectedEnd: 'escalatedKeyExposed',
  observations: {
    ...keyErrorWorld(KEY_ERROR, 'screen.keyError'),
    exposure: {
      screen: KEY_ERROR,
      answer: 'answer.yes',
      scene: bi(
        '昨天有个穿“银行”马甲的人说来维护POS机，在卡槽那里弄了半天。现在卡槽边上有一道新划痕。',
        'Yesterday a man in a “bank” vest said he had come to service the terminal and worked at the card slot for a while. Now there is a fresh scratch beside the slot.',
      ),
    },
  },
};

const keyErrorScam: Scenario = {
  id: 'keyError-scamCall',
  fault: 'keyError',
  title: bi('午饭高峰时提示密钥错误', 'Key error in the lunch rush'),
  rootCause: bi(
    '服务商换了新版收款软件，这台POS机还是旧版本，密钥校验通不过：重启和签到都没用，用机器菜单里的「软件更新」升级后就好了。那个“升级密钥”的电话是诈骗，只是借密钥错误来骗密码和序列号。',
    'The provider moved to a new payment app and this terminal still runs the old one, so the key check fails: a restart or a sign-in does not help, the update from the terminal’s own menu does. The “key upgrade” call is a scam that uses the key error to get passwords and the serial number.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...keyErrorWorld(KEY_ERROR, 'screen.keyError'),
    scamCall: {
      screen: KEY_ERROR,
      answer: 'answer.yes',
      scene: bi(
        '你的手机响了：“这里是银联中心。你的 POS 密钥今天必须升级，不然就停用你的POS机。请把主管密码和序列号报给我。”',
        'Your phone rings: “UnionPay centre here. Your POS key must be upgraded today or the terminal will be suspended. Read me the supervisor password and the serial number.”',
      ),
    },
    scamGaveInfo: {
      screen: KEY_ERROR,
      answer: 'answer.no',
      scene: bi('你挂了电话，什么都没说。', 'You hung up and told them nothing.'),
    },
    update: {
      screen: bi('更新完成\n交易成功', 'Update complete\nTransaction successful'),
      answer: 'fixed.yes',
      scene: bi(
        '你在菜单里选「软件更新」，更新完成、重启后，测试交易成功。短信里的链接你没有点。',
        'You choose 「软件更新」 (software update) in the menu; once it is done and restarted, a test sale works. You did not open the link in the text.',
      ),
    },
  },
};

const keyErrorNetwork: Scenario = {
  id: 'keyError-network',
  fault: 'keyError',
  title: bi('下午突然提示密钥错误', 'Key error out of the blue in the afternoon'),
  rootCause: bi(
    '店里的路由器死机了，POS机连不上银行主机，密钥验证失败。重启路由器、网络恢复后，签到和交易都正常。',
    'The shop’s router hung, so the terminal could not reach the bank host to check its key. Restarting the router brings the network back; sign-in and sales work again.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...keyErrorWorld(KEY_ERROR, 'screen.keyError', { network: 'off' }),
    signIn: {
      screen: bi(
        '签到失败\n通讯超时，请检查网络',
        'Sign-in failed\nCommunication timeout, check the network',
      ),
      lights: { network: 'off' },
      answer: 'fixed.no',
    },
    network: {
      screen: KEY_ERROR,
      lights: { network: 'off' },
      answer: 'answer.no',
      scene: bi('信号图标上有个叉。', 'The signal icon is crossed out.'),
    },
    shopOnline: {
      screen: KEY_ERROR,
      lights: { network: 'off' },
      answer: 'answer.no',
      scene: bi(
        '店里的路由器亮着红灯，你的手机也连不上 Wi-Fi。',
        'The shop router shows a red light; your phone cannot get on the Wi-Fi either.',
      ),
    },
    fixRouter: {
      screen: SIGN_IN_OK,
      answer: 'fixed.yes',
      scene: bi(
        '路由器重启后，信号图标恢复，测试交易也成功。',
        'After the router restarts the signal icon is back, and a test sale works.',
      ),
    },
  },
};

// What the trainee can act out on the terminal (see scenarioKit.withTerminal).
keyErrorA0.terminal = { signIn: { screen: SIGN_IN_OK, lasting: true } };
keyErrorNetwork.icons = { signal: false };
keyErrorNetwork.terminal = {
  signIn: {
    screen: bi(
      '签到失败\n通讯超时，请检查网络',
      'Sign-in failed\nCommunication timeout, check the network',
    ),
  },
};

export const keyErrorScenarios: readonly Scenario[] = withTerminal([
  keyErrorA0,
  keyErrorExposure,
  keyErrorScam,
  keyErrorNetwork,
]);
