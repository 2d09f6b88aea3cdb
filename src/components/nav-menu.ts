/**
 * Closes the header's menus (<details data-nav-menu>) the way people expect a menu to close: on
 * Escape (focus goes back to its button), on a click or focus outside it, and when another opens.
 */
export function watchNavMenus(doc: Document): void {
  const menus = [...doc.querySelectorAll<HTMLDetailsElement>('details[data-nav-menu]')];
  const closeAll = (except?: HTMLDetailsElement) => {
    for (const m of menus) if (m !== except) m.open = false;
  };
  for (const menu of menus) {
    menu.addEventListener('toggle', () => {
      if (menu.open) closeAll(menu);
    });
    menu.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !menu.open) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    });
  }
  doc.addEventListener('click', (event) => {
    const inside = menus.find((m) => m.contains(event.target as Node));
    closeAll(inside);
  });
  doc.addEventListener('focusin', (event) => {
    const inside = menus.find((m) => m.contains(event.target as Node));
    closeAll(inside);
  });
}
