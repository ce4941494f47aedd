/**
 * Practice scenarios of this fault: made-up incidents whose simulated terminal acts out one
 * root cause, with what the terminal shows at every step of the guide (see ../scenario.ts).
 * Pure data: no contact numbers or addresses.
 */
import type { ChoiceEvent } from '../types';
import type { Bi, Lights, Scenario } from '../scenario';
import {
  GAVE_NOTHING,
  INTACT,
  NOT_CHARGED,
  NO_CALLS,
  WELCOME,
  at,
  bi,
  type World,
} from '../shared/scenarioKit';

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

export const securityLockScenarios: readonly Scenario[] = [
  lockPasswords,
  lockUpdate,
  lockTamper,
  lockRelocation,
];
