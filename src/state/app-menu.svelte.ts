/**
 * The phone menu's actions (#15 item 2). On a narrow screen the header's and the toolbar's
 * buttons are hidden and one "Menu" button lists the same actions. Each button's component
 * offers its action here while it is mounted (label, state and what it does stay its own),
 * so the menu runs exactly what the button runs.
 */
import { getContext, setContext, untrack } from 'svelte';

export interface MenuAction {
  /** Unique among the actions on screen. */
  id: string;
  /** Where it is listed: lower first. Actions of one group share the hundreds (100, 110, 200...). */
  order: number;
  label: string;
  run: () => void;
  disabled?: boolean;
  /** For a choice among several (the language): whether this one is chosen. */
  checked?: boolean;
}

export class AppMenu {
  #actions = $state.raw<readonly MenuAction[]>([]);

  /** The actions on offer, in their order. */
  get actions(): readonly MenuAction[] {
    return this.#actions;
  }

  offer(action: MenuAction): void {
    this.#actions = [...this.#actions.filter((a) => a.id !== action.id), action].sort((a, b) => a.order - b.order);
  }

  withdraw(id: string): void {
    this.#actions = this.#actions.filter((a) => a.id !== id);
  }
}

const KEY = Symbol('app-menu');

export function setAppMenu(menu: AppMenu): void {
  setContext(KEY, menu);
}

/**
 * In a component's script: offers the actions `make` returns while the component is mounted,
 * kept up to date with what they read (a new language, a button becoming disabled). Without a
 * menu in context (a component drawn on its own) it does nothing.
 */
export function offerMenuActions(make: () => readonly MenuAction[]): void {
  const menu = getContext<AppMenu | undefined>(KEY);
  if (!menu) return;
  $effect(() => {
    const actions = make();
    // Untracked: offering reads the list it changes, which must not run this effect again.
    untrack(() => actions.forEach((a) => menu.offer(a)));
    return () => untrack(() => actions.forEach((a) => menu.withdraw(a.id)));
  });
}
