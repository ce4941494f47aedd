/**
 * Building blocks of practice scenarios (each fault's `<id>.scenarios.ts`): the texts and scenes
 * all faults share, and `at()` to build an observation. Pure data helpers.
 */
import type { Bi, Lights, Observation, Reactions, Scenario } from '../scenario';
import type { ChoiceEvent } from '../types';

export const bi = (zh: string, en: string): Bi => ({ zh, en });

export type Extra = Omit<Observation, 'screen' | 'answer'>;
export type World = Record<string, Observation>;

/** Common screens. */
export const KEY_ERROR = bi('密钥错误，请重新启动客户端', 'Key error, please restart the client');
export const WELCOME = bi('欢迎使用\n请刷卡或插卡', 'Welcome\nSwipe or insert a card');
export const SALE_OK = bi('交易成功', 'Transaction successful');
export const SIGN_IN_OK = bi('签到成功\n交易成功', 'Sign-in successful\nTransaction successful');

/** Scenes every fault shares. */
export const INTACT = bi(
  'POS机一直放在收银台上：外壳完好，卡槽里没有东西，没有摔过，也没人动过。',
  'The terminal has stayed on the counter: case intact, nothing in the card slot, never dropped, nobody else touched it.',
);
export const NO_CALLS = bi(
  '今天没有人为POS机的事打电话或发短信。',
  'Nobody has called or texted about the terminal today.',
);
export const GAVE_NOTHING = bi(
  '你没有把密码、卡号或序列号告诉任何人，也没有转过钱。',
  'You gave nobody a password, card number or serial number, and sent no money.',
);
/** A reprint (「重打印末笔」) gives the last *successful* sale, so a failure is found by the query. */
export const NOT_CHARGED = bi(
  '你在「交易查询」里按时间找到这一笔：显示交易失败。',
  'You find this sale in 「交易查询」 (transaction query) by its time: it shows failed.',
);
export const NETWORK_OK = bi(
  '信号图标满格，店里的其他设备也能上网。',
  'The signal icon shows full bars; other devices in the shop are online.',
);
export const COOL_DRY = bi(
  'POS机放在阴凉、干燥的柜台上，旁边没有电器。',
  'The terminal sits on a shaded, dry counter, away from appliances.',
);

/** Builds an observation that keeps the world's screen and lights. */
export function at(screen: Bi, lights: Lights | undefined) {
  return (answer: ChoiceEvent, extra: Extra = {}): Observation => ({
    screen,
    answer,
    ...(lights ? { lights } : {}),
    ...extra,
  });
}

/**
 * What a scenario's terminal shows at the safety steps every guide shares (shared/safetySteps):
 * nothing found, no caller, nothing charged. A scenario about one of them overrides its step.
 */
export function sharedStepsWorld(o: ReturnType<typeof at>): World {
  return {
    screenGone: o('next'),
    lookCheck: o('answer.no', { scene: INTACT }),
    scamCall: o('answer.no', { scene: NO_CALLS }),
    scamWarning: o('next'),
    scamGaveInfo: o('answer.no', { scene: GAVE_NOTHING }),
    scamReport: o('next'),
    wasCharged: o('answer.no', { scene: NOT_CHARGED }),
    alreadyPaid: o('next'),
    checkCharge: o('next'),
  };
}

/** The tamper question and its stop, and the customer's PIN tries (security lock, PIN entry). */
export function tamperStepsWorld(o: ReturnType<typeof at>): World {
  return {
    customerPinTries: o('next'),
    tamperCheck: o('answer.no', { scene: INTACT }),
    stopUsing: o('next'),
  };
}

/** The fault's message as the scenario's first step shows it. */
function firstScreen(s: Scenario): Bi {
  return Object.values(s.observations)[0]?.screen ?? WELCOME;
}

/**
 * The terminal actions every scenario answers the same way unless it says otherwise: the fault
 * stays through a test sale, an app restart and a sign-in; the clear key empties the input only;
 * a reprint gives the last *successful* sale, an earlier customer's (time and amount do not match
 * the sale just now: the shared "not charged" scene finds that one by the query).
 */
export function commonTerminal(s: Scenario): Reactions {
  const msg = firstScreen(s);
  return {
    testSale: {
      screen: bi('请输入金额\n0.00', 'Enter the amount\n0.00'),
      note: bi(
        '你输入 0.01 并确认：' + msg.zh.replace(/\n/g, ' '),
        'You enter 0.01 and confirm: ' + msg.en.replace(/\n/g, ' '),
      ),
    },
    restartApp: {
      screen: msg,
      note: bi(
        '支付程序重新打开，又是同样的提示。',
        'The payment app reopens with the same message.',
      ),
    },
    signIn: { screen: bi('签到失败\n' + msg.zh, 'Sign-in failed\n' + msg.en) },
    longPressClear: {
      screen: msg,
      note: bi('输入被清空了，提示还在。', 'The input is cleared; the message stays.'),
    },
    reprint: {
      screen: bi(
        '重打印\n交易成功\n金额：36.00  时间：09:12',
        'Reprint\nTransaction successful\nAmount: 36.00  Time: 09:12',
      ),
      note: bi(
        '打出的是最后一笔成功的交易：时间和金额都和刚才这一笔对不上。',
        'It prints the last successful sale: its time and amount do not match the sale just now.',
      ),
    },
  };
}

/** Fills in the common reactions under each scenario's own. */
export function withTerminal(
  list: readonly Scenario[],
  extra: (s: Scenario) => Reactions = () => ({}),
): Scenario[] {
  return list.map((s) => ({
    ...s,
    terminal: { ...commonTerminal(s), ...extra(s), ...s.terminal },
  }));
}
