import type { ReactNode } from 'react';
import { navigate, routeUrl, type Route } from '../infra/router';

/** An in-app link: a real href (long-press, open in new tab) that navigates without a reload. */
export function NavLink(props: { to: Route; children: ReactNode; className?: string }) {
  return (
    <a
      href={routeUrl(props.to)}
      className={props.className}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(props.to);
      }}
    >
      {props.children}
    </a>
  );
}
