/** Interface text in English. The shape is `UiText`; ui.zh.ts must have the same keys (typed). */
export const uiEn = {
  appName: 'POS Rescue',
  skipToContent: 'Skip to content',
  langSwitch: '中文',
  langSwitchLabel: 'Switch to Chinese (中文)',
  common: {
    cancel: 'Cancel',
    delete: 'Delete',
    close: 'Close',
  },
  home: {
    heading: 'What does the card terminal show?',
    intro: 'Pick the message. One question at a time, we find the fix.',
    faultsLabel: 'Terminal faults',
    open: 'Open guide',
    searchLabel: 'What does the screen say?',
    searchPlaceholder: 'Words or a code, e.g. 密钥 or A0',
    searchButton: 'Find',
    unfinishedHeading: 'Not finished',
    resume: 'Continue',
    abandon: 'Abandon',
    abandonConfirm: 'Abandon this incident? It stays in the history.',
    startedAt: 'Started',
    atStep: 'At',
    history: 'History',
    settings: 'Settings',
    terminals: 'My terminals',
    practice: 'Practice',
    prevention: 'Prevent faults',
  },
  lookup: {
    heading: 'Search results',
    for: 'You searched for',
    guideMatch: 'This guide fits',
    noMatchHeading: 'No guide matches that text',
    noMatchBody: [
      'Check the exact words on the terminal screen, or pick the closest fault below.',
      'If the terminal takes no payments at all, call your provider: the number is on your contract or the terminal’s label.',
    ],
    tryAgain: 'Search again',
    back: 'Back to start',
    customerBank: {
      heading: 'Code 75 / 38: the customer’s PIN tries are used up',
      body: [
        '「密码输入次数超限」 means the customer typed a wrong PIN too often.',
        'This is the customer’s bank, not your terminal. Your terminal is fine.',
        'You cannot clear it. The customer must contact their bank (the number on the back of their card).',
        'Ask them to pay another way now: another card, or a QR-code payment.',
      ],
    },
    notRegistered: {
      heading: 'Code 97: the terminal is not registered',
      body: [
        'The bank host does not recognise this terminal.',
        'Only your provider can fix this. Call the number on your contract or the terminal’s label.',
        'Take payment another way until then.',
      ],
    },
  },
  step: {
    progress: 'Step {n}',
    progressLabel: 'Progress',
    back: 'Previous question',
    startOver: 'Start over',
    startOverConfirm:
      'Start this guide again from the first question? Your answers so far stay in the history.',
    home: 'Home',
    safety: 'Safety check',
    who: {
      you: 'You can do this',
      provider: 'Your provider does this',
      bank: 'The bank does this',
      customer: 'The customer does this',
    },
    ready: 'Have ready',
    fixedLooksLike: 'Fixed looks like',
    terminalText: 'On the terminal',
    firstAid: 'First aid',
    choices: {
      'answer.yes': 'Yes',
      'answer.no': 'No',
      'answer.unsure': 'Not sure',
      'fixed.yes': 'Yes, fixed',
      'fixed.no': 'No, still wrong',
      next: 'Next',
    },
    announce: 'New step: {heading}',
    loading: 'Loading the guide…',
    loadFailed: 'The guide could not be loaded.',
    retry: 'Try again',
    readOnlyHeading: 'This incident was saved by an older version of the guide',
    readOnlyBody:
      'The guide has changed since. Here is what was recorded. Start the guide again to continue.',
    startAgain: 'Start the guide again',
    notFound: 'This incident was not found on this phone.',
  },
  queue: {
    summary: 'Queue waiting? Take payment another way now',
    body: [
      'Take a QR-code payment (WeChat Pay, Alipay or your bank’s QR code).',
      'Or write the sale down: amount, time, what was sold, and a contact for the customer.',
      'Before you try the card again, check the customer was not already charged.',
    ],
  },
  end: {
    resolvedTitle: 'Fixed',
    escalatedTitle: 'Hand over to support',
    whoToCall: 'Who to call',
    callProvider:
      'Your acquirer or POS provider: the number on your contract or on the terminal’s label. Call only that number.',
    callChinaMobile: 'China Mobile customer service: 10086.',
    callBank: 'The customer’s bank: the number on the back of their card.',
    complaint:
      'Not helped? Complain to the provider or acquirer first, then to the People’s Bank of China hotline 12363 (payment services). 12315 is for goods, prices and counterfeits.',
    haveReady: 'Have ready',
    haveReadyItems: [
      'Business licence',
      'Your ID card',
      'The terminal’s serial number (on the label, S/N)',
      'Your merchant number (on the contract or a receipt)',
      'The exact message on the screen',
    ],
    neverGive: 'Never give anyone a PIN, password or card number on the phone.',
    summaryHeading: 'What was checked and tried',
    summaryEmpty: 'Nothing recorded yet.',
    copy: 'Copy summary',
    copied: 'Copied',
    copyFailed: 'Copy failed: select the text and copy it by hand.',
    done: 'Back to start',
    answered: '{step}: {answer}',
  },
  banner: {
    notSaved: 'Not saved on this phone yet. Retrying…',
    memoryOnly:
      'This browser does not let the app store data (private mode or an in-app browser). Your answers are kept only until you close this page.',
    quota: 'The phone’s storage is full. Free some space; your answers are kept and saved again.',
    otherTab: 'POS Rescue was updated in another tab. Reload to continue.',
    reload: 'Reload',
    retryNow: 'Retry now',
  },
  history: {
    heading: 'History',
  },
} as const;

type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : { readonly [K in keyof T]: Widen<T[K]> };

export type UiText = Widen<typeof uiEn>;
