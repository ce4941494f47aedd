import { navigate } from '../infra/router';
import { useLang } from '../i18n/i18n';

/** The bar on every screen: home, the screen's title, and the language switch. */
export function TopBar(props: { title?: string; showHome?: boolean }) {
  const { ui, lang, setLang } = useLang();
  return (
    <header className="topbar">
      {props.showHome !== false ? (
        <a
          className="topbar-home"
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate({ name: 'home' });
          }}
        >
          <span aria-hidden="true">⌂ </span>
          {ui.step.home}
        </a>
      ) : (
        <span className="topbar-brand">{ui.appName}</span>
      )}
      {props.title ? <span className="topbar-title">{props.title}</span> : null}
      <button
        type="button"
        className="lang-switch"
        lang={lang === 'zh' ? 'en' : 'zh-CN'}
        aria-label={ui.langSwitchLabel}
        onClick={() => void setLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {ui.langSwitch}
      </button>
    </header>
  );
}
