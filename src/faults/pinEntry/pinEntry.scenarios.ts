/**
 * Practice scenarios of this fault: made-up incidents whose simulated terminal acts out one
 * root cause, with what the terminal shows at every step of the guide (see ../scenario.ts).
 * Pure data: no contact numbers or addresses.
 */
import type { ChoiceEvent } from '../types';
import type { Bi, Lights, Reaction, Scenario } from '../scenario';
import {
  COOL_DRY,
  NETWORK_OK,
  SALE_OK,
  WELCOME,
  at,
  bi,
  sharedStepsWorld,
  tamperStepsWorld,
  withTerminal,
  type World,
} from '../shared/scenarioKit';

// Cannot enter the PIN (「无法输入密码」)

function pinEntryWorld(msg: Bi, screenAnswer: ChoiceEvent, lights?: Lights): World {
  const o = at(msg, lights);
  return {
    screen: o(screenAnswer), // first: the scenario's first screen (scenarioKit)
    ...sharedStepsWorld(o),
    // The sale stopped at the PIN screen never reached the bank: it is not in the record at all.
    wasCharged: o('answer.no', {
      scene: bi(
        '你在「交易查询」里按时间找：没有这一笔。',
        'You look in 「交易查询」 (transaction query) by its time: this sale is not there.',
      ),
    }),
    ...tamperStepsWorld(o),
    wrongPinInfo: o('fixed.no'),
    pinPadCable: o('fixed.no', {
      scene: bi('密码键盘的线插得好好的。', 'The PIN pad cable is firmly in.'),
    }),
    clearKey: o('fixed.no'),
    cancelRestart: o('fixed.no', {
      scene: bi(
        '关机、插牢连接线、开机后重新发起交易：还是一样。',
        'Switched off, cable pushed in, switched on, a sale started again: still the same.',
      ),
    }),
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
    pinPadStars: o('answer.yes', {
      scene: bi('顾客每按一下，屏幕上就多一个星号。', 'One star appears for each press.'),
    }),
    power: o('answer.yes', {
      scene: bi('插着电源，电池图标是满的。', 'Plugged in; the battery icon is full.'),
    }),
    fixPower: o('fixed.no'),
    heat: o('answer.no', { scene: COOL_DRY }),
    coolDry: o('fixed.no'),
    closeApps: o('fixed.no'),
    network: o('answer.yes', { scene: NETWORK_OK }),
    shopOnline: o('answer.yes', { scene: NETWORK_OK }),
    fixRouter: o('fixed.no'),
    fixTerminalLink: o('fixed.no'),
    carrier: o('answer.no', {
      scene: bi(
        '机身和合同上都是你开户银行的标志，不是中国移动的。',
        'The terminal and the contract carry your bank’s logo, not China Mobile’s.',
      ),
    }),
  };
}

const ENTER_PIN = bi('请输入密码\n金额：128.00', 'Enter PIN\nAmount: 128.00');
/** The keys are tested on an amount screen, never on the live PIN screen (the guide says so). */
const AMOUNT = bi('消费\n请输入金额：\n0.00', 'Sale\nEnter amount:\n0.00');
const DEAD_KEY_PRESS: Reaction = {
  screen: bi('消费\n请输入金额：\n12346.00', 'Sale\nEnter amount:\n12346.00'),
  note: bi(
    '在输金额的界面按 1 2 3 4 5 6，屏幕上是 12346：按 5 没反应。',
    'On the amount screen you press 1 2 3 4 5 6 and the screen shows 12346: the 5 does nothing.',
  ),
};

const pinDeadKey: Scenario = {
  id: 'pinEntry-deadKey',
  fault: 'pinEntry',
  title: bi('顾客说密码输不进去', 'The customer says the PIN will not go in'),
  rootCause: bi(
    '密码键盘的 5 键磨坏了，其他键都正常。要售后维修或更换键盘，不能在柜台上自己拆。',
    'The PIN pad’s 5 key is worn out; every other key works. It needs an after-sales repair or a new key set, never opening at the counter.',
  ),
  expectedEnd: 'escalatedRepair',
  observations: {
    ...pinEntryWorld(ENTER_PIN, 'screen.keys'),
    screen: {
      screen: ENTER_PIN,
      answer: 'screen.keys',
      scene: bi(
        '顾客按其中一个键时，屏幕上不多出星号。',
        'When the customer presses one of the keys, no star appears.',
      ),
    },
    clearKey: {
      screen: ENTER_PIN,
      answer: 'fixed.no',
      scene: bi(
        '长按“清除”三秒，输入清空了，可那个键还是没反应。',
        'You hold 清除 (clear) for three seconds: the input clears, but that key still does nothing.',
      ),
    },
    keypad: {
      screen: AMOUNT,
      answer: 'answer.no',
      onKeyPress: DEAD_KEY_PRESS,
      scene: bi(
        '一个一个键试：除了 5，别的键都正常。',
        'Trying key by key: all work except the 5.',
      ),
    },
  },
};

const FROZEN_PIN = bi('请输入密码\n金额：56.00', 'Enter PIN\nAmount: 56.00');

const pinLooseCable: Scenario = {
  id: 'pinEntry-cancelRestart',
  fault: 'pinEntry',
  title: bi('密码键盘突然按不动了', 'The PIN pad stops responding mid-sale'),
  rootCause: bi(
    '有人碰了一下外接密码键盘的线，接口松了，屏幕却没有报 Y5，这笔交易就卡住了。取消这笔、插牢线、重启后再做一次就好。',
    'Someone nudged the external PIN pad’s cable loose; the screen showed no Y5 and the sale just hung. Cancelling it, pushing the cable in, restarting and starting the sale again fixes it.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...pinEntryWorld(FROZEN_PIN, 'screen.keys'),
    screen: {
      screen: FROZEN_PIN,
      // Keys pressed, no star: 「按键没反应」, not 「屏幕没反应」.
      answer: 'screen.keys',
      scene: bi(
        '顾客按了几下密码键盘，屏幕上一个星号也没有。',
        'The customer presses the PIN pad a few times; not one star appears.',
      ),
    },
    clearKey: {
      screen: FROZEN_PIN,
      answer: 'fixed.no',
      scene: bi(
        '长按「清除」，屏幕没有任何变化。',
        'You hold 「清除」 (clear): nothing on the screen changes.',
      ),
    },
    cancelRestart: {
      screen: SALE_OK,
      answer: 'fixed.yes',
      scene: bi(
        '关机后，你发现密码键盘的线有一头松了。插牢、开机、重新发起交易，顾客输完密码，交易成功。',
        'With the terminal off, you find one end of the PIN pad cable loose. Pushed in, switched on, a sale started again: the customer enters the PIN and it goes through.',
      ),
    },
  },
};

const PIN_TRIES = bi('75 密码输入次数超限', '75 PIN tries exceeded');

const pinTries: Scenario = {
  id: 'pinEntry-customerPinTries',
  fault: 'pinEntry',
  title: bi('顾客输完密码后交易被拒', 'The sale is refused after the customer’s PIN'),
  rootCause: bi(
    '顾客今天早些时候在别处输错了好几次密码，他的发卡银行锁住了这张卡的密码输入。POS机和密码键盘都没坏：请顾客换一种方式付款，自己联系银行。',
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
  title: bi('屏幕显示 Y5，无法输入密码', 'Y5 on the screen, no PIN can be entered'),
  rootCause: bi(
    '擦柜台时把外接密码键盘的线碰松了一半，POS机和密码键盘通讯不上（Y5）。插牢再重启就好。',
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

const TAMPERED = bi('Tampered', 'Tampered (tamper alarm)');
const SPILL = bi(
  '午饭时顾客的奶茶洒在了密码键盘上。擦干以后，屏幕上就一直是这个英文词。',
  'At lunchtime a customer spilled milk tea over the PIN pad. Since you wiped it dry, the screen shows only this English word.',
);

const pinTamper: Scenario = {
  id: 'pinEntry-tamper',
  fault: 'pinEntry',
  title: bi('输密码时，屏幕上出现英文报警', 'An English alarm on the screen at PIN entry'),
  rootCause: bi(
    '洒进去的奶茶触发了POS机的防拆保护，支付密钥已被清除。柜台上解不开：停止使用，由服务商换机或重新激活。',
    'The spilled milk tea set off the terminal’s tamper protection, which erased the payment keys. No counter step can undo that: stop using it; the provider replaces or reactivates it.',
  ),
  expectedEnd: 'escalatedTamper',
  observations: {
    ...pinEntryWorld(TAMPERED, 'screen.tampered', { alert: 'blink' }),
    screen: {
      screen: TAMPERED,
      lights: { alert: 'blink' },
      answer: 'screen.tampered',
      scene: bi(
        '顾客要输密码，可屏幕上没有“请输入密码”，只有 Tampered，报警灯在闪。',
        'The customer is ready to type the PIN, but instead of 请输入密码 the screen shows Tampered, and the alert light blinks.',
      ),
    },
    tamperCheck: {
      screen: TAMPERED,
      lights: { alert: 'blink' },
      answer: 'answer.yes',
      scene: SPILL,
    },
    lookCheck: {
      screen: TAMPERED,
      lights: { alert: 'blink' },
      answer: 'answer.yes',
      scene: bi(
        '奶茶流进了卡槽口，里面还是湿的。',
        'The tea ran into the card slot; it is still wet inside.',
      ),
    },
  },
};

// The 5 key stays dead whatever is done at the counter (see scenarioKit.withTerminal).
pinDeadKey.terminal = {
  keyPress: DEAD_KEY_PRESS,
  testSale: DEAD_KEY_PRESS,
  longPressClear: {
    screen: bi('请输入密码', 'Enter PIN'),
    note: bi('星号清空了；再按 5 还是没反应。', 'The stars are cleared; the 5 still does nothing.'),
  },
};

pinLooseCable.terminal = {
  keyPress: { screen: FROZEN_PIN, note: bi('没有星号出现。', 'No star appears.') },
  restart: { screen: WELCOME, lasting: true },
};

export const pinEntryScenarios: readonly Scenario[] = withTerminal([
  pinDeadKey,
  pinTries,
  pinPadCableScenario,
  pinTamper,
  pinLooseCable,
]);
