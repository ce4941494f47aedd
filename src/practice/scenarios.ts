/**
 * Practice scenarios as data: per fault, made-up incidents whose terminal acts out one root
 * cause. Each scenario says what the terminal shows at EVERY step of its guide (not only along
 * the right path), so the simulated terminal never goes blank after a wrong answer, and what a
 * trainee who reads the terminal right answers there.
 *
 * A scenario starts from its fault's "nothing found here" world (every check negative, every
 * remedy leaves the fault as it was) and overrides the steps where its root cause shows.
 * scenarios.test.ts checks every scenario against its guide's machine: exactly one observation
 * per non-end state, every answer a choice of that state, and the answers lead to the expected end.
 *
 * Pure data: no contact numbers or addresses (the product names none but those in DOMAIN.md).
 */
import type { ChoiceEvent } from '../faults/types';
import type { Bi, Lights, Observation, Reaction, Scenario } from './types';

const bi = (zh: string, en: string): Bi => ({ zh, en });

type Extra = Omit<Observation, 'screen' | 'answer'>;
type World = Record<string, Observation>;

/** Common screens. */
const KEY_ERROR = bi('密钥错误，请重新启动客户端', 'Key error, please restart the client');
const WELCOME = bi('欢迎使用\n请刷卡或插卡', 'Welcome\nSwipe or insert a card');
const SALE_OK = bi('交易成功', 'Transaction successful');
const SIGN_IN_OK = bi('签到成功\n交易成功', 'Sign-in successful\nTransaction successful');

/** Scenes every fault shares. */
const INTACT = bi(
  '终端一直放在收银台上：外壳完好，卡槽里没有东西，没有摔过，也没人动过。',
  'The terminal has stayed on the counter: case intact, nothing in the card slot, never dropped, nobody else touched it.',
);
const NO_CALLS = bi(
  '今天没有人为终端的事打电话或发短信。',
  'Nobody has called or texted about the terminal today.',
);
const GAVE_NOTHING = bi(
  '你没有把密码、卡号或序列号告诉任何人，也没有转过钱。',
  'You gave nobody a password, card number or serial number, and sent no money.',
);
const NOT_CHARGED = bi(
  '顾客看了银行短信：这笔没有扣款。',
  'The customer checks the bank SMS: the sale was not charged.',
);
const NETWORK_OK = bi(
  '信号图标满格，店里的其他设备也能上网。',
  'The signal icon shows full bars; other devices in the shop are online.',
);
const COOL_DRY = bi(
  '终端放在阴凉、干燥的柜台上，旁边没有电器。',
  'The terminal sits on a shaded, dry counter, away from appliances.',
);

/** Builds an observation that keeps the world's screen and lights. */
function at(screen: Bi, lights: Lights | undefined) {
  return (answer: ChoiceEvent, extra: Extra = {}): Observation => ({
    screen,
    answer,
    ...(lights ? { lights } : {}),
    ...extra,
  });
}

// ---------------------------------------------------------------------------------------------
// Key error (「密钥错误，请重新启动客户端」)

/** The key-error guide where nothing but the message itself is found. */
function keyErrorWorld(msg: Bi, screenAnswer: ChoiceEvent, lights?: Lights): World {
  const o = at(msg, lights);
  return {
    screen: o(screenAnswer),
    stopTampered: o('next'),
    exposure: o('answer.no', { scene: INTACT }),
    stopCards: o('next'),
    scamCall: o('answer.no', { scene: NO_CALLS }),
    scamWarning: o('next'),
    scamGaveInfo: o('answer.no', { scene: GAVE_NOTHING }),
    scamReport: o('next'),
    wasCharged: o('answer.no', { scene: NOT_CHARGED }),
    alreadyPaid: o('next'),
    checkCharge: o('next'),
    restart: o('fixed.no', {
      scene: bi('重启之后，屏幕还是同样的提示。', 'After the restart the screen shows the same.'),
    }),
    signIn: { ...o('fixed.no'), screen: bi('签到失败\n' + msg.zh, 'Sign-in failed\n' + msg.en) },
    pinPadCable: o('fixed.no', {
      scene: bi('密码键盘的线插得好好的。', 'The PIN pad cable is firmly in.'),
    }),
    network: o('answer.yes', { scene: NETWORK_OK }),
    fixNetwork: o('fixed.no'),
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
  title: bi('A0 校验错：签到就好', 'A0 check error: a sign-in fixes it'),
  rootCause: bi(
    '终端放了一个长假没开机，工作密钥和银行主机对不上了，每笔交易都校验失败（A0）。手动签到会下载新的工作密钥。',
    'The terminal was off over a long holiday; its working keys no longer matched the bank host, so every message failed the check (A0). A manual sign-in downloads fresh working keys.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...keyErrorWorld(A0, 'screen.a0'),
    signIn: {
      screen: SIGN_IN_OK,
      answer: 'fixed.yes',
      scene: bi(
        '你在菜单里选“签到”，再做一笔测试交易。',
        'You choose 签到 (sign-in) in the menu, then do a test sale.',
      ),
    },
  },
};

const keyErrorExposure: Scenario = {
  id: 'keyError-exposure',
  fault: 'keyError',
  title: bi('密钥可能泄露', 'Possible key exposure'),
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
        '昨天有个穿“银行”马甲的人说来维护终端，在卡槽那里弄了半天。现在卡槽边上有一道新划痕。',
        'Yesterday a man in a “bank” vest said he had come to service the terminal and worked at the card slot for a while. Now there is a fresh scratch beside the slot.',
      ),
    },
  },
};

const keyErrorScam: Scenario = {
  id: 'keyError-scamCall',
  fault: 'keyError',
  title: bi('来电要“升级密钥”', 'A caller offers a “key upgrade”'),
  rootCause: bi(
    '停电时正在交易，终端的临时数据坏了，重启就能清掉。那个“升级密钥”的电话是诈骗，只是借密钥错误来骗密码和序列号。',
    'A power cut during a sale corrupted the terminal’s temporary data; a restart clears it. The “key upgrade” call is a scam that uses the key error to get passwords and the serial number.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...keyErrorWorld(KEY_ERROR, 'screen.keyError'),
    scamCall: {
      screen: KEY_ERROR,
      answer: 'answer.yes',
      scene: bi(
        '你的手机响了：“这里是银联中心。你的 POS 密钥今天必须升级，不然终端会被停用。请把主管密码和序列号报给我。”',
        'Your phone rings: “UnionPay centre here. Your POS key must be upgraded today or the terminal will be suspended. Read me the supervisor password and the serial number.”',
      ),
    },
    scamGaveInfo: {
      screen: KEY_ERROR,
      answer: 'answer.no',
      scene: bi('你挂了电话，什么都没说。', 'You hung up and told them nothing.'),
    },
    restart: {
      screen: WELCOME,
      answer: 'fixed.yes',
      scene: bi('重启之后，测试交易成功。', 'After the restart a test sale goes through.'),
    },
  },
};

const keyErrorNetwork: Scenario = {
  id: 'keyError-network',
  fault: 'keyError',
  title: bi('网络断了，密钥验证失败', 'Network down: the key cannot be checked'),
  rootCause: bi(
    '店里的路由器死机了，终端连不上银行主机，密钥验证失败。重启路由器、网络恢复后，签到和交易都正常。',
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
      scene: bi(
        '信号图标上有个叉。店里的路由器亮着红灯，你的手机也连不上 Wi-Fi。',
        'The signal icon is crossed out. The shop router shows a red light; your phone cannot get on the Wi-Fi either.',
      ),
    },
    fixNetwork: {
      screen: SIGN_IN_OK,
      answer: 'fixed.yes',
      scene: bi(
        '路由器重启后，信号图标恢复，签到成功，测试交易也成功。',
        'After the router restarts the signal icon is back; sign-in and a test sale work.',
      ),
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Security lock (「安全锁定」)

function securityLockWorld(msg: Bi, screenAnswer: ChoiceEvent, lights?: Lights): World {
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
    wrongPasswords: o('answer.no', {
      scene: bi('今天没有人输错过密码。', 'Nobody typed a wrong password today.'),
    }),
    passwordReset: o('fixed.no'),
    updateNotice: o('answer.no', {
      scene: bi(
        '服务商没有通知过升级，屏幕上也没有“升级”“更新”或“维护”。',
        'No upgrade notice from the provider; the screen says nothing about upgrade, update or maintenance.',
      ),
    }),
    waitForUpdate: o('fixed.no'),
    moved: o('answer.no', {
      scene: bi('终端从来没离开过这家店。', 'The terminal has never left the shop.'),
    }),
    moveBack: o('fixed.no'),
    networkCheck: o('answer.no', {
      scene: bi(
        '还是原来的路由器和 SIM 卡，网线插得好好的，信号图标正常。',
        'Same router, same SIM card, cable firmly in, signal icon normal.',
      ),
    }),
    checkConnection: o('fixed.no'),
    hardwareCheck: o('answer.no', {
      scene: bi(
        '按键、屏幕和读卡口看上去、用起来都正常。',
        'Keys, screen and card reader look and work fine.',
      ),
    }),
    providerUnlock: o('fixed.no', {
      scene: bi(
        '服务商说要派人上门检查。',
        'The provider says they will send someone to look at it.',
      ),
    }),
  };
}

const LOCKED = bi('安全锁定\n请联系管理员', 'Security locked\nPlease contact the administrator');
const UNLOCKED = bi('解锁成功\n交易成功', 'Unlocked\nTransaction successful');

const lockPasswords: Scenario = {
  id: 'securityLock-wrongPasswords',
  fault: 'securityLock',
  title: bi('密码输错太多次被锁', 'Locked after too many wrong passwords'),
  rootCause: bi(
    '新来的收银员记错了操作员密码，连试了五六次，终端就把自己锁了。按官方流程重置密码即可。',
    'A new cashier misremembered the operator password and tried it five or six times, so the terminal locked itself. A password reset the official way unlocks it.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...securityLockWorld(LOCKED, 'screen.securityLock'),
    wrongPasswords: {
      screen: LOCKED,
      answer: 'answer.yes',
      scene: bi(
        '新来的收银员说，今天早上她输了好几次操作员密码都不对。',
        'The new cashier says she typed the operator password wrong several times this morning.',
      ),
    },
    passwordReset: {
      screen: UNLOCKED,
      answer: 'fixed.yes',
      scene: bi(
        '客服核对了营业执照和身份证，你按步骤在终端上自己输入新密码。',
        'Customer service checks your licence and ID; you type the new password on the terminal yourself.',
      ),
    },
    providerUnlock: {
      screen: UNLOCKED,
      answer: 'fixed.yes',
      scene: bi(
        '服务商查到是密码输错次数太多，帮你重置了。',
        'The provider finds too many wrong passwords and resets it.',
      ),
    },
  },
};

const UPDATING = bi(
  '安全锁定\n系统升级中，请勿操作',
  'Security locked\nSystem upgrade in progress, do not operate',
);

const lockUpdate: Scenario = {
  id: 'securityLock-update',
  fault: 'securityLock',
  title: bi('系统升级时被锁', 'Locked during a system upgrade'),
  rootCause: bi(
    '服务商在做计划内的系统升级，升级期间终端会暂时锁定。等升级结束就好；期间改用扫码收款。',
    'The provider is running a planned system upgrade; the terminal locks until it is done. Wait for the end and take QR-code payments meanwhile.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...securityLockWorld(UPDATING, 'screen.securityLock', { network: 'blink' }),
    updateNotice: {
      screen: UPDATING,
      lights: { network: 'blink' },
      answer: 'answer.yes',
      scene: bi(
        '屏幕上写着“系统升级中”。上周服务商也说过今晚要维护。',
        'The screen says an upgrade is running. Last week the provider said there would be maintenance tonight.',
      ),
    },
    waitForUpdate: {
      screen: bi('升级完成\n欢迎使用', 'Upgrade complete\nWelcome'),
      answer: 'fixed.yes',
      scene: bi(
        '服务商（合同上的电话）说 22:30 前结束。你先用扫码收款；升级完，测试交易成功。',
        'The provider (the number on your contract) says it ends by 22:30. You take QR payments; afterwards a test sale works.',
      ),
    },
  },
};

const IRRUPTION = bi('Alert Irruption!', 'Alert Irruption! (tamper alarm)');

const lockTamper: Scenario = {
  id: 'securityLock-tamper',
  fault: 'securityLock',
  title: bi('防拆报警锁定', 'Tamper lock'),
  rootCause: bi(
    '终端从柜台上摔下来，防拆开关被触发，支付密钥已被清除。柜台上解不开：停止使用，由服务商换机或重新激活。',
    'The terminal fell off the counter; its tamper switch tripped and erased the payment keys. No counter step can undo that: stop using it; the provider replaces or reactivates it.',
  ),
  expectedEnd: 'escalatedTamper',
  observations: {
    ...securityLockWorld(IRRUPTION, 'screen.alertIrruption', { alert: 'blink' }),
    tamperCheck: {
      screen: IRRUPTION,
      lights: { alert: 'blink' },
      answer: 'answer.yes',
      scene: bi(
        '今天早上终端从柜台上摔到了地上，后盖裂了一道缝。',
        'This morning the terminal fell off the counter; the back cover has a crack.',
      ),
    },
  },
};

const ACQUIRER_LOCK = bi(
  '安全锁定\n请联系收单机构',
  'Security locked\nPlease contact the acquirer',
);

const lockRelocation: Scenario = {
  id: 'securityLock-relocation',
  fault: 'securityLock',
  title: bi('带去夜市后被锁（移机）', 'Locked after a trip to the night market (relocation)'),
  rootCause: bi(
    '周末把终端带到城另一头的夜市摊位，用手机热点上网。终端离开了登记地址，被服务商锁定。带回店里、连上原来的网络后就解锁了。',
    'At the weekend the terminal went to a night-market stall across town, on a phone hotspot. Away from its registered address, the provider locked it. Back in the shop on the usual network, it unlocks.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...securityLockWorld(ACQUIRER_LOCK, 'screen.securityLock'),
    moved: {
      screen: ACQUIRER_LOCK,
      answer: 'answer.yes',
      scene: bi(
        '周末你把终端带到了夜市摊位上用，星期天在那里被锁住了。',
        'At the weekend you used the terminal at your night-market stall; it locked there on Sunday.',
      ),
    },
    moveBack: {
      screen: WELCOME,
      answer: 'fixed.yes',
      scene: bi(
        '回到店里，连上店里的 Wi-Fi 再开机：锁定没了，测试交易成功。',
        'Back in the shop on the shop Wi-Fi you switch it on: the lock is gone and a test sale works.',
      ),
    },
    networkCheck: {
      screen: ACQUIRER_LOCK,
      answer: 'answer.yes',
      scene: bi(
        '在夜市用的是你手机的热点，不是店里的 Wi-Fi。',
        'At the market it ran on your phone’s hotspot, not the shop Wi-Fi.',
      ),
    },
    checkConnection: {
      screen: WELCOME,
      answer: 'fixed.yes',
      scene: bi(
        '服务商让你在店里连上原来的 Wi-Fi 再开机：能用了。',
        'The provider has you switch it on in the shop on the usual Wi-Fi: it works.',
      ),
    },
  },
};

// ---------------------------------------------------------------------------------------------
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

export const scenarios: readonly Scenario[] = [
  keyErrorA0,
  keyErrorExposure,
  keyErrorScam,
  keyErrorNetwork,
  lockPasswords,
  lockUpdate,
  lockTamper,
  lockRelocation,
  pinDeadKey,
  pinTries,
  pinPadCableScenario,
];

export function scenarioById(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}
