/**
 * The host response codes a Chinese bank-card terminal shows (field 39), as data. Pure.
 *
 * Only UnionPay's tables give a code's meaning (DOMAIN.md, "Response codes"); many web pages
 * invent meanings, and none of those is used here. Each row says where it came from (`src`):
 *   S  the current UnionPay POS specification's response-code appendix (Q/CUP 006.6 and the
 *      POS application specification): meaning, the terminal's action and the text it
 *      recommends, as carried by public terminal code that shows it;
 *   O  the older UnionPay POS / switch table those replaced (still seen on terminals);
 *   M  the acquirer MIS-POS software codes that DOMAIN.md names (Y5, XE).
 * docs/response-codes.md lists the sources read for each letter and, where they disagree,
 * which was followed and why. A code no source gives is not here.
 *
 * Row: code · terminal texts (zh; the first is the one the specification recommends, the rest
 * are the variants other terminals show) · meaning (zh, the table's own words) · meaning (en) ·
 * whose problem · what to do (an advice kind, words in lookup.text.*.ts) · sources.
 * The English meaning is the answer's heading: for a "pick up" code it says what the bank did
 * (flagged, reported lost), never "pick up the card" (staff never take a card); the table's
 * older English names and the appendix's instructions to the terminal (「显示部分批准金额，
 * 提示操作员」) are search words only (answers.ts, `codeWords`).
 */

/**
 * Whose problem it is: the first thing the answer says. `ok`: not a fault at all; `partial`: paid
 * only in part (10), so the rest is still owed — never "the payment went through".
 */
export type Whose = 'ok' | 'partial' | 'card' | 'shop' | 'provider' | 'host';

/** What to do at the counter: one set of at most three lines per kind (lookup.text.*.ts). */
export type Advice =
  | 'ok'
  | 'okConfirm'
  | 'partial'
  | 'declined'
  | 'funds'
  | 'expired'
  | 'wrongPin'
  | 'pinTries'
  | 'pickUp'
  | 'useChip'
  | 'tryCardOnce'
  | 'amount'
  | 'original'
  | 'originalSignIn'
  | 'checkFirst'
  | 'retryOnce'
  | 'duplicate'
  | 'hostDown'
  | 'signIn'
  | 'keys'
  | 'merchant'
  | 'security'
  | 'notRegistered'
  | 'pinPad'
  | 'pinPadKeys';

export interface CodeRow {
  code: string;
  /** What the terminal shows (zh): the specification's recommended text first. */
  texts: readonly string[];
  meaning: { zh: string; en: string };
  whose: Whose;
  advice: Advice;
  src: string;
}

type Raw = readonly [string, string, string, string, Whose, Advice, string];

// prettier-ignore
const raw: readonly Raw[] = [
  ['00', '交易成功|承兑或交易成功', '承兑或交易成功', 'Approved', 'ok', 'ok', 'S'],
  ['01', '请持卡人与发卡银行联系|交易失败，请联系发卡行', '查发卡方', 'Refer to the card issuer', 'card', 'declined', 'SO'],
  ['02', '交易失败，请联系发卡行|查发卡方的特殊条件', '查发卡方的特殊条件', 'Refer to the card issuer (special condition)', 'card', 'declined', 'O'],
  ['03', '无效商户|商户未登记', '无效商户', 'Invalid merchant', 'provider', 'merchant', 'SO'],
  ['04', '此卡被没收|没收卡，请联系收单行|此卡为无效卡', '没收卡', 'Card flagged by the card’s bank', 'card', 'pickUp', 'SO'],
  ['05', '持卡人认证失败|不予承兑', '身份认证失败', 'Cardholder verification failed', 'card', 'declined', 'SO'],
  ['06', '交易失败，请联系发卡行|出错', '出错', 'Error at the card issuer', 'card', 'declined', 'O'],
  ['07', '没收卡，请联系收单行|特殊条件下没收卡', '特殊条件下没收卡', 'Card flagged by the card’s bank (special condition)', 'card', 'pickUp', 'O'],
  ['09', '交易失败，请重试|请求正在处理中', '请求正在处理中', 'Request in progress', 'host', 'checkFirst', 'O'],
  ['10', '部分承兑', '部分承兑', 'Approved for part of the amount', 'partial', 'partial', 'S'],
  ['11', '成功，VIP客户|重要人物批准', '重要人物批准（VIP）', 'Approved (VIP)', 'ok', 'ok', 'S'],
  ['12', '无效交易', '无效的关联交易', 'Invalid transaction (e.g. a void of a sale that was not approved)', 'shop', 'original', 'SO'],
  ['13', '无效金额|交易金额超限，请重试', '无效金额', 'Invalid amount', 'shop', 'amount', 'SO'],
  ['14', '无效卡号|无效卡号，请联系发卡行', '无效卡号（无此账号）', 'Invalid card number (no such account)', 'card', 'tryCardOnce', 'SO'],
  ['15', '此卡无对应发卡方|此卡不能受理|无此发卡方', '无此发卡方', 'No such card issuer', 'card', 'declined', 'SO'],
  ['19', '交易失败，请重试|重新送入交易|请重做交易', '重新送入交易', 'Re-enter the transaction', 'host', 'checkFirst', 'O'],
  ['20', '交易失败，请联系发卡行|无效应答', '无效应答', 'Invalid response', 'card', 'declined', 'O'],
  ['21', '该卡未初始化或睡眠卡', '卡未初始化', 'Card not initialised (or a dormant card)', 'card', 'declined', 'SO'],
  ['22', '操作有误，或超出交易允许天数|怀疑操作有误', '故障怀疑，关联交易错误', 'Suspected malfunction: a related transaction that does not fit (e.g. a void after the allowed days)', 'shop', 'originalSignIn', 'SO'],
  ['23', '交易失败，请联系发卡行|不可接受的交易费', '不可接受的交易费', 'Unacceptable transaction fee', 'provider', 'merchant', 'O'],
  ['25', '没有原始交易，请联系发卡方|找不到原始交易|查不到原交易记录', '找不到原始交易', 'Original transaction not found', 'shop', 'original', 'SO'],
  ['30', '请重试|报文格式错误|格式错误', '报文格式错误', 'Format error', 'host', 'retryOnce', 'SO'],
  ['31', '此卡不能受理|交换中心不支持的银行', '交换中心不支持的银行', 'Bank not supported by the switch', 'card', 'declined', 'O'],
  ['33', '过期卡，请联系发卡行|过期的卡（没收卡）', '过期的卡（没收卡）', 'Expired card, flagged by the bank', 'card', 'pickUp', 'O'],
  ['34', '作弊卡，吞卡|有作弊嫌疑', '有作弊嫌疑', 'Suspected fraud: card flagged by the bank', 'card', 'pickUp', 'SO'],
  ['35', '没收卡，请联系收单行|与安全保密部门联系', '受卡方与安全保密部门联系（没收卡）', 'Card flagged by the acquirer’s security', 'card', 'pickUp', 'O'],
  ['36', '此卡有误，请换卡重试|受限制的卡（没收卡）', '受限制的卡（没收卡）', 'Restricted card, flagged by the bank', 'card', 'pickUp', 'O'],
  ['37', '没收卡，请联系收单行|呼受理方安全保密部门', '呼受理方安全保密部门（没收卡）', 'Card flagged by the acquirer’s security (referral)', 'card', 'pickUp', 'O'],
  ['38', '密码错误次数超限，请与发卡方联系|密码输入错误次数超限', '超过允许的PIN试输入', 'Allowable PIN tries exceeded', 'card', 'pinTries', 'SO'],
  ['39', '交易失败，请联系发卡行|无此信用卡帐户', '无贷记账户', 'No credit account', 'card', 'declined', 'O'],
  ['40', '发卡方不支持的交易类型|请求的功能尚不支持', '请求的功能尚不支持', 'Function not supported by the card issuer', 'card', 'declined', 'SO'],
  ['41', '挂失卡，请没收|挂失卡', '挂失卡', 'Card reported lost', 'card', 'pickUp', 'SO'],
  ['42', '交易失败，请联系发卡方|无此帐户', '无此账户', 'No such account', 'card', 'declined', 'O'],
  ['43', '被窃卡，请没收|被窃卡', '被窃卡', 'Card reported stolen', 'card', 'pickUp', 'SO'],
  ['44', '交易失败，请联系发卡行|无此投资帐户', '无此投资账户', 'No investment account', 'card', 'declined', 'O'],
  ['45', '请使用芯片|使用芯片方式读卡|禁止降级|请插卡交易', '不允许降级交易', 'Fallback not allowed: use the chip', 'card', 'useChip', 'S'],
  ['51', '可用余额不足|余额不足|资金不足', '资金不足', 'Not sufficient funds', 'card', 'funds', 'SO'],
  ['52', '交易失败，请联系发卡行|无此支票帐户', '无此支票账户', 'No cheque account', 'card', 'declined', 'O'],
  ['53', '交易失败，请联系发卡行|无此储蓄卡帐户', '无此储蓄卡账户', 'No savings account', 'card', 'declined', 'O'],
  ['54', '该卡已过期|过期卡|过期卡请换卡重试', '过期的卡', 'Expired card', 'card', 'expired', 'SO'],
  ['55', '密码错|密码错误|密码错误请重试', '不正确的PIN', 'Incorrect PIN', 'card', 'wrongPin', 'SO'],
  ['56', '交易失败，请联系发卡行|无此卡记录', '无此卡记录', 'No card record', 'card', 'declined', 'O'],
  ['57', '不允许此卡交易|不允许持卡人进行的交易', '不允许持卡人进行的交易', 'Transaction not permitted to this card', 'card', 'declined', 'SO'],
  ['58', '发卡方不允许该卡在本终端进行此交易|不允许终端进行的交易', '不允许终端进行的交易', 'Transaction not permitted at this terminal', 'provider', 'merchant', 'SO'],
  ['59', '卡片校验错|有作弊嫌疑', '有作弊嫌疑', 'Suspected fraud: the card check failed', 'card', 'declined', 'SO'],
  ['60', '交易失败，请联系发卡行|受卡方与安全保密部门联系', '受卡方与安全保密部门联系', 'Referral to the acquirer’s security department', 'provider', 'security', 'O'],
  ['61', '交易金额超限|超出金额限制', '超出金额限制', 'Exceeds the amount limit', 'card', 'declined', 'SO'],
  ['62', '受限制的卡', '受限制的卡', 'Restricted card', 'card', 'declined', 'SO'],
  ['63', '交易失败，请联系发卡行|违反安全保密规定', '违反安全保密规定', 'Security violation', 'card', 'declined', 'O'],
  ['64', '交易金额与原交易不匹配|原始金额错误', '原始金额错误', 'Amount does not match the original sale', 'shop', 'original', 'SO'],
  ['65', '超出消费次数限制|超出取款次数限制', '超出消费次数限制', 'Exceeds the number of uses allowed', 'card', 'declined', 'SO'],
  ['66', '交易失败，请联系收单行或银联|受卡方呼受理方安全保密部门', '受卡方呼受理方安全保密部门', 'Referral to the acquirer’s security department (by phone)', 'provider', 'security', 'O'],
  ['67', '没收卡|捕捉（没收卡）', '捕捉（没收卡）', 'Card flagged by the bank (hard capture)', 'card', 'pickUp', 'O'],
  ['68', '交易超时，请重试|发卡行响应超时|收到的回答太迟', '发卡行响应超时', 'The answer came too late', 'host', 'checkFirst', 'SO'],
  ['75', '密码错误次数超限|密码输入错误次数超限|密码输入次数超限', '允许的输入PIN次数超限', 'PIN tries exceeded', 'card', 'pinTries', 'SO'],
  ['77', '请重新签到后再交易|请重新签到，再作交易|请向网络中心签到|POS批次与网络中心不一致', '交易的批次号和网络中心批次号不一致', 'The terminal’s batch does not match the host’s: sign in again', 'shop', 'signIn', 'SO'],
  ['78', '网络中心需要向POS终端下载数据', '网络中心需要向POS终端下载数据', 'The host needs to send data to the terminal', 'shop', 'signIn', 'O'],
  ['79', 'POS终端上传的脱机数据对帐不平', 'POS终端上传的脱机数据对帐不平', 'Offline sales sent by the terminal do not balance', 'provider', 'merchant', 'O'],
  ['90', '系统日切，请稍后重试|日期切换正在处理|正在日终处理', '正在日终处理', 'Day-end cut-off in progress', 'host', 'hostDown', 'SO'],
  ['91', '发卡方状态不正常，请稍后重试|发卡方系统故障', '发卡方不能操作', 'Card issuer not working', 'host', 'hostDown', 'SO'],
  ['92', '发卡方线路异常，请稍后重试|金融机构无法达到', '金融机构或中间网络设施找不到或无法达到', 'Card issuer or network cannot be reached', 'host', 'hostDown', 'SO'],
  ['93', '交易失败，请联系发卡行|交易违法、不能完成', '交易违法、不能完成', 'Transaction cannot be completed', 'card', 'declined', 'O'],
  ['94', '拒绝，重复交易，请稍后重试|重复交易', '重复交易', 'Duplicate transaction', 'shop', 'duplicate', 'SO'],
  ['95', '交易失败，请稍后重试|调节控制错', '调节控制错', 'Reconciliation error', 'host', 'hostDown', 'O'],
  ['96', '拒绝，交换中心异常，请稍后重试|系统故障请重试|系统异常、失效', '银联处理中心系统异常、失效', 'System malfunction at UnionPay’s switch', 'host', 'hostDown', 'SO'],
  ['97', '终端未登记|终端号未登记|无此终端', 'POS终端号找不到', 'Terminal not registered', 'provider', 'notRegistered', 'SO'],
  ['98', '发卡方超时|交换中心收不到发卡方应答', '银联处理中心收不到发卡方应答', 'No answer from the card issuer in time', 'host', 'checkFirst', 'SO'],
  ['99', 'PIN格式错，请重新签到|PIN格式错', 'PIN格式错', 'PIN format error', 'shop', 'keys', 'SO'],
  ['A0', 'MAC校验错，请重新签到|校验错，请重新签到|MAC鉴别失败', 'MAC校验错', 'MAC check failed', 'shop', 'keys', 'SO'],
  ['A1', '转账货币不一致', '转账货币不一致', 'Transfer currency mismatch', 'provider', 'merchant', 'S'],
  ['A2', '交易成功，请向发卡行确认|交易成功，请向资金转入行确认', '有缺陷的成功', 'Approved with a fault: confirm with the bank', 'ok', 'okConfirm', 'S'],
  ['A3', '账户不正确|资金到账行账号不正确', '资金到账行无此账户', 'No such account at the receiving bank', 'card', 'declined', 'S'],
  ['A4', '交易成功，请向发卡行确认|交易成功，请向资金到账行确认', '有缺陷的成功', 'Approved with a fault: confirm with the bank', 'ok', 'okConfirm', 'S'],
  ['A5', '交易成功，请向发卡行确认|交易成功，请向资金到账行确认', '有缺陷的成功', 'Approved with a fault: confirm with the bank', 'ok', 'okConfirm', 'S'],
  ['A6', '交易成功，请向发卡行确认|交易成功，请向资金到账行确认', '有缺陷的成功', 'Approved with a fault: confirm with the bank', 'ok', 'okConfirm', 'S'],
  ['A7', '拒绝，交换中心异常，请稍后重试|安全处理失败', '安全处理失败', 'Security processing failed', 'host', 'hostDown', 'S'],
  ['Y5', '与密码键盘通讯失败', '与密码键盘通讯失败', 'The terminal cannot talk to its PIN pad', 'shop', 'pinPad', 'M'],
  ['XE', '键盘写密钥失败|写密钥失败', '键盘写密钥失败', 'Writing keys to the PIN pad failed', 'shop', 'pinPadKeys', 'M'],
];

export const responseCodes: readonly CodeRow[] = raw.map(
  ([code, texts, zh, en, whose, advice, src]) => ({
    code,
    texts: texts.split('|'),
    meaning: { zh, en },
    whose,
    advice,
    src,
  }),
);
