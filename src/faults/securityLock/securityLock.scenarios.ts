/**
 * Practice scenarios of this fault: made-up incidents whose simulated terminal acts out one
 * root cause, with what the terminal shows at every step of the guide (see ../scenario.ts).
 * Pure data: no contact numbers or addresses.
 */
import type { ChoiceEvent } from '../types';
import type { Bi, Lights, Scenario } from '../scenario';
import {
  WELCOME,
  at,
  bi,
  sharedStepsWorld,
  tamperStepsWorld,
  withTerminal,
  type World,
} from '../shared/scenarioKit';

// Security lock (「安全锁定」)

function securityLockWorld(msg: Bi, screenAnswer: ChoiceEvent, lights?: Lights): World {
  const o = at(msg, lights);
  return {
    screen: o(screenAnswer), // first: the scenario's first screen (scenarioKit)
    ...sharedStepsWorld(o),
    ...tamperStepsWorld(o),
    waitForUpdate: o('answer.no'),
    upgradeLater: o('answer.no'),
    lookChecks: o('fixed.no', {
      scene: bi(
        '信号图标正常，网线插得好好的，POS机一直在店里。重启后还是锁着。',
        'Signal icon normal, cable firmly in, the terminal never left the shop. Still locked after a restart.',
      ),
    }),
    hardwareCheck: o('answer.no', {
      scene: bi(
        '按键、屏幕和读卡口看上去、用起来都正常。',
        'Keys, screen and card reader look and work fine.',
      ),
    }),
    wrongPasswords: o('answer.no', {
      scene: bi('今天没有人输错过密码。', 'Nobody typed a wrong password today.'),
    }),
    passwordReset: o('fixed.no'),
    callProvider: o('fixed.no', {
      scene: bi(
        '服务商说要派人上门检查。',
        'The provider says they will send someone to look at it.',
      ),
    }),
  };
}

const LOCKED = bi('安全锁定\n请联系管理员', 'Security locked\nPlease contact the administrator');
const UNLOCKED = bi('解锁成功\n欢迎使用', 'Unlocked\nWelcome');

const lockPasswords: Scenario = {
  id: 'securityLock-wrongPasswords',
  fault: 'securityLock',
  title: bi('早上开机显示安全锁定', 'Security lock at opening time'),
  rootCause: bi(
    '新来的收银员记错了操作员密码，连试了五六次，POS机就把自己锁了。按官方流程重置密码即可。',
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
        '客服核对了营业执照和身份证，你按步骤在POS机上自己输入新密码。',
        'Customer service checks your licence and ID; you type the new password on the terminal yourself.',
      ),
    },
    wasCharged: {
      screen: UNLOCKED,
      answer: 'answer.no',
      scene: bi(
        '锁住的时候还没开门营业，没有顾客在付款。',
        'It locked before the shop opened: no customer was paying.',
      ),
    },
    callProvider: {
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
  title: bi('夜里停业后显示安全锁定', 'Security lock after closing for the night'),
  rootCause: bi(
    '服务商在做计划内的系统升级，升级期间POS机暂时锁定。等升级结束就好；期间改用扫码收款。',
    'The provider is running a planned system upgrade; the terminal locks until it is done. Wait for the end and take QR-code payments meanwhile.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...securityLockWorld(UPDATING, 'screen.upgrading', { network: 'blink' }),
    waitForUpdate: {
      screen: UPDATING,
      lights: { network: 'blink' },
      answer: 'answer.unsure',
      scene: bi(
        '上周服务商说过今晚要维护。你先用扫码收款；半小时后再看，屏幕上还是“系统升级中”。',
        'Last week the provider said there would be maintenance tonight. You take QR payments; half an hour later the screen still says an upgrade is running.',
      ),
    },
    upgradeLater: {
      screen: bi('升级完成\n欢迎使用', 'Upgrade complete\nWelcome'),
      answer: 'fixed.yes',
      scene: bi(
        '你打合同上的服务商电话，对方说 22:30 结束。到了时间再看：升级完了，屏幕回到首页。',
        'You call the provider number on your contract: it ends at 22:30. At that time you look again: the upgrade is over and the home screen is back.',
      ),
    },
  },
};

const IRRUPTION = bi('Alert Irruption!', 'Alert Irruption! (tamper alarm)');

const lockTamper: Scenario = {
  id: 'securityLock-tamper',
  fault: 'securityLock',
  title: bi('安全锁定，报警灯亮', 'Security lock with the alert light on'),
  rootCause: bi(
    'POS机从柜台上摔下来，防拆开关被触发，支付密钥已被清除。柜台上解不开：停止使用，由服务商换机或重新激活。',
    'The terminal fell off the counter; its tamper switch tripped and erased the payment keys. No counter step can undo that: stop using it; the provider replaces or reactivates it.',
  ),
  expectedEnd: 'escalatedTamper',
  observations: {
    ...securityLockWorld(IRRUPTION, 'screen.tampered', { alert: 'blink' }),
    tamperCheck: {
      screen: IRRUPTION,
      lights: { alert: 'blink' },
      answer: 'answer.yes',
      scene: bi(
        '今天早上POS机从柜台上摔到了地上，后盖裂了一道缝。',
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
  title: bi('周末过后显示安全锁定', 'Security lock after the weekend'),
  rootCause: bi(
    '周末把POS机带到城另一头的夜市摊位，用手机热点上网。POS机离开了登记地址，被服务商锁定。带回店里、连上原来的网络后就解锁了。',
    'At the weekend the terminal went to a night-market stall across town, on a phone hotspot. Away from its registered address, the provider locked it. Back in the shop on the usual network, it unlocks.',
  ),
  expectedEnd: 'resolved',
  observations: {
    ...securityLockWorld(ACQUIRER_LOCK, 'screen.securityLock'),
    lookChecks: {
      screen: WELCOME,
      answer: 'fixed.yes',
      scene: bi(
        '周末你把POS机带到夜市摊位上，用手机热点上网，星期天在那里被锁住了。带回店里、连上店里的 Wi-Fi 再开机：锁定没了，测试交易成功。',
        'At the weekend you used the terminal at your night-market stall on your phone’s hotspot; it locked there on Sunday. Back in the shop on the shop Wi-Fi you switch it on: the lock is gone and a test sale works.',
      ),
    },
  },
};

// A locked terminal shows the lock icon; a sign-in is refused (see scenarioKit.withTerminal).
export const securityLockScenarios: readonly Scenario[] = withTerminal(
  [lockPasswords, lockUpdate, lockTamper, lockRelocation].map((s) => ({
    ...s,
    icons: { locked: true, ...s.icons },
  })),
  () => ({ signIn: { screen: bi('安全锁定\n无法签到', 'Security lock\nCannot sign in') } }),
);
