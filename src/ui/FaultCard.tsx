import type { Route } from '../infra/router';
import type { FaultEntry } from '../faults/registry';
import { useLang } from '../i18n/i18n';
import { NavLink } from './NavLink';

/** A fault as the home and the lookup page show it: the terminal's own words first. */
export function FaultCard(props: { entry: FaultEntry; to: Route }) {
  const { lang } = useLang();
  const { entry } = props;
  return (
    <NavLink to={props.to} className="fault-card">
      <span className="fault-message" lang="zh-CN">
        「{entry.terminalMessage}」
      </span>
      <span className="fault-title">{entry.title[lang]}</span>
      <span className="fault-meaning">{entry.meaning[lang]}</span>
    </NavLink>
  );
}
