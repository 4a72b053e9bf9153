import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate, routePath, type Route } from '@/state/navigation';

/** A real link (middle-click, screen-reader "link" role) that navigates without a page load. */
export function Link({ to, ...props }: { to: Route } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={routePath(to)} onClick={onClick} {...props} />;
}
