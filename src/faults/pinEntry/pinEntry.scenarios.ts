/**
 * Practice scenarios of this fault: made-up incidents whose simulated terminal acts out one
 * root cause, with what the terminal shows at every step of the guide (see ../scenario.ts).
 * Pure data: no contact numbers or addresses.
 */
import type { ChoiceEvent } from '../types';
import type { Bi, Lights, Reaction, Scenario } from '../scenario';
import {
  COOL_DRY,
  GAVE_NOTHING,
  INTACT,
  NETWORK_OK,
  NOT_CHARGED,
  NO_CALLS,
  SALE_OK,
  at,
  bi,
  type World,
} from '../shared/scenarioKit';

// Cannot enter the PIN (「无法输入密码」)

function pinEntryWorld(msg: Bi, screenAnswer: ChoiceEvent, lights?: Lights): World {
  const o = at(msg, lights);
  return {
    screen: o(screenAnswer),
    customerPinTries: o('next'),
    tamperCheck: o('answer.no', { scene: INTACT }),
    stopUsing: o('next'),
    scamCall: o('answer.no', { scene: NO_CALLS }),
    scamWarning: o('next'),
    scamGaveInfo: o('answer.no', { scene: GAVE_NOTHING }),
    scamReport: o('next'),
    wasCharged: o('answer.no', { scene: NOT_CHARGED }),
    alreadyPaid: o('next'),
    checkCharge: o('next'),
    pinPadCable: o('fixed.no', {
      scene: bi('密码键盘的线插得好好的。', 'The PIN pad cable is firmly in.'),
    }),
    clearKey: o('fixed.no'),
    knowsFlow: o('answer.yes', {
      scene: bi(
        '收银员做过上百次：让顾客自己输密码，再按“确认”。',
        'The cashier has done it hundreds of times: the customer types the PIN, then presses 确认 (OK).',
      ),
    }),
    showFlow: o('fixed.no'),
    display: o('answer.yes', {
      scene: bi('屏幕清楚，字都看得清。', 'The screen is clear and easy to read.'),
    }),
    keypad: o('answer.yes', {
      scene: bi('每个键都有反应，数字也对。', 'Every key responds with the right digit.'),
    }),
    power: o('answer.yes', {
      scene: bi('插着电源，电池图标是满的。', 'Plugged in; the battery icon is full.'),
    }),
    fixPower: o('fixed.no'),
    heat: o('answer.no', { scene: COOL_DRY }),
    coolDry: o('fixed.no'),
    closeApps: o('fixed.no'),
    network: o('answer.yes', { scene: NETWORK_OK }),
    fixNetwork: o('fixed.no'),
    config: o('answer.no', {
      scene: bi(
        '最近没改过设置和密码，也没有“无权限”的提示。',
        'No settings or passwords changed lately, and no “no permission” message.',
      ),
    }),
    resetConfig: o('fixed.no'),
  };
}

const ENTER_PIN = bi('请输入密码\n金额：128.00', 'Enter PIN\nAmount: 128.00');
const DEAD_KEY_PRESS: Reaction = {
  screen: bi('请输入密码\n*****', 'Enter PIN\n*****'),
  note: bi(
    '你按了 1 2 3 4 5 6，只出了 5 个星号：按 5 没反应。',
    'You press 1 2 3 4 5 6 and get only five stars: the 5 does nothing.',
  ),
};

const pinDeadKey: Scenario = {
  id: 'pinEntry-deadKey',
  fault: 'pinEntry',
  title: bi('密码键盘的 5 键失灵', 'PIN pad: the 5 key is dead'),
  rootCause: bi(
    '密码键盘的 5 键磨坏了，其他键都正常。要售后维修或更换键盘，不能在柜台上自己拆。',
    'The PIN pad’s 5 key is worn out; every other key works. It needs an after-sales repair or a new key set, never opening at the counter.',
  ),
  expectedEnd: 'escalatedRepair',
  observations: {
    ...pinEntryWorld(ENTER_PIN, 'screen.keys'),
    screen: { screen: ENTER_PIN, answer: 'screen.keys', onKeyPress: DEAD_KEY_PRESS },
    clearKey: {
      screen: ENTER_PIN,
      answer: 'fixed.no',
      onKeyPress: DEAD_KEY_PRESS,
      scene: bi(
        '长按“清除”三秒，输入清空了，可 5 键还是没反应。',
        'You hold 清除 (clear) for three seconds: the input clears, but the 5 still does nothing.',
      ),
    },
    keypad: {
      screen: ENTER_PIN,
      answer: 'answer.no',
      onKeyPress: DEAD_KEY_PRESS,
      scene: bi(
        '一个一个键试：除了 5，别的键都正常。',
        'Trying key by key: all work except the 5.',
      ),
    },
  },
};

const PIN_TRIES = bi('75 密码输入次数超限', '75 PIN tries exceeded');

const pinTries: Scenario = {
  id: 'pinEntry-customerPinTries',
  fault: 'pinEntry',
  title: bi('顾客密码次数超限（75）', 'Customer’s PIN tries used up (75)'),
  rootCause: bi(
    '顾客今天早些时候在别处输错了好几次密码，他的发卡银行锁住了这张卡的密码输入。终端和密码键盘都没坏：请顾客换一种方式付款，自己联系银行。',
    'The customer typed wrong PINs elsewhere earlier today; their card’s bank now refuses PIN entry on that card. Terminal and PIN pad are fine: the customer pays another way and calls their bank.',
  ),
  expectedEnd: 'notTerminalFault',
  observations: {
    ...pinEntryWorld(PIN_TRIES, 'screen.pinTries'),
    clearKey: {
      screen: SALE_OK,
      answer: 'fixed.yes',
      scene: bi(
        '下一位顾客用自己的卡付款，一切正常。',
        'The next customer pays with their own card without trouble.',
      ),
    },
  },
};

const Y5 = bi('Y5 密码键盘通讯失败', 'Y5 PIN pad communication failure');

const pinPadCableScenario: Scenario = {
  id: 'pinEntry-y5Cable',
  fault: 'pinEntry',
  title: bi('Y5：密码键盘线松了', 'Y5: the PIN pad cable came loose'),
  rootCause: bi(
    '擦柜台时把外接密码键盘的线碰松了一半，终端和密码键盘通讯不上（Y5）。插牢再重启就好。',
    'Cleaning the counter knocked the external PIN pad’s cable half out, so the terminal cannot talk to the PIN pad (Y5). Pushing it back in and restarting fixes it.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...pinEntryWorld(Y5, 'screen.y5'),
    pinPadCable: {
      screen: SALE_OK,
      answer: 'fixed.yes',
      scene: bi(
        '密码键盘的线有一头松了一半。插牢、重启后，顾客能输密码了。',
        'One end of the PIN pad cable was half out. Pushed in and restarted, the customer can enter the PIN.',
      ),
    },
  },
};

export const pinEntryScenarios: readonly Scenario[] = [pinDeadKey, pinTries, pinPadCableScenario];
