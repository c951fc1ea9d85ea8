// A phone's view of the Agents Playground: the chat laid out as Teams mobile shows it on a 360 x 640 CSS pixel
// screen, and the checks that a card fits it (nothing sticks out, nothing is cut off, its main point on the first screen).
//
// The Playground is a desktop page: a fixed 450px card frame, an avatar column, a chat list and a log panel beside the
// chat, and a chat column of at least 600px. On a phone Teams shows the chat alone, cards as wide as the screen less
// a margin and no avatar in a personal chat. phoneLayout() restyles the Playground page that way; the cards are still
// rendered by the Playground's own Adaptive Cards renderer and host config.

/** The phone screen in CSS pixels (a common small Android size). */
export const PhoneScreen = Object.freeze({ width: 360, height: 640 });

/** The margin Teams mobile leaves on each side of a card. */
const CardMargin = 16;

const PhoneCss = `
[data-phone="chat"] { position: fixed !important; inset: 0 !important; width: auto !important; height: auto !important;
  max-width: none !important; min-width: 0 !important; z-index: 2147483647 !important; background: #fff !important;
  overflow-y: auto !important; overflow-x: auto !important; padding: 8px 0 !important; box-sizing: border-box !important; }
[data-phone="chat"] * { min-width: 0 !important; }
[data-phone="message"] { width: auto !important; max-width: none !important; margin: 0 ${CardMargin}px !important; }
[data-phone="fit"] { width: auto !important; max-width: 100% !important; margin-left: 0 !important; margin-right: 0 !important;
  padding-left: 0 !important; padding-right: 0 !important; flex: 1 1 auto !important; }
[data-phone="avatar"] { display: none !important; }
`;

/**
 * Lays the Playground's chat out as on a phone (see above). Call it after new cards arrived: it marks every card's
 * frame. The page's viewport should be PhoneScreen.
 */
export async function phoneLayout(page) {
  await page.evaluate((css) => {
    if (!document.getElementById('phone-layout')) {
      const style = document.createElement('style');
      style.id = 'phone-layout';
      style.textContent = css;
      document.head.append(style);
    }
    for (const card of document.querySelectorAll('.ac-adaptiveCard')) {
      if (card.parentElement?.closest('.ac-adaptiveCard')) continue; // a card inside a card (Action.ShowCard)
      let chat = card.parentElement;
      while (chat && !['auto', 'scroll'].includes(getComputedStyle(chat).overflowY)) chat = chat.parentElement;
      if (!chat) throw new Error('no scrolling chat around the card');
      chat.dataset.phone = 'chat';
      const chain = [];
      for (let element = card.parentElement; element !== chat; element = element.parentElement) chain.push(element);
      const message = chain.pop(); // the chat's child that holds the card
      message.dataset.phone = 'message';
      for (const element of chain) {
        element.dataset.phone = 'fit';
        for (const sibling of element.parentElement.children) {
          // The sender's picture beside the card: Teams mobile shows none in a personal chat.
          if (!chain.includes(sibling) && sibling.querySelector('[role="img"]') && sibling.getBoundingClientRect().width <= 48) {
            sibling.dataset.phone = 'avatar';
          }
        }
      }
    }
  }, PhoneCss);
}

/** Scrolls the phone's chat so that the card's top is at the top of the screen (how Teams shows a new long card). */
export async function scrollCardToTop(card) {
  await card.evaluate((element) => {
    const chat = element.closest('[data-phone="chat"]');
    chat.scrollTop += element.getBoundingClientRect().top - chat.getBoundingClientRect().top - 8;
  });
}

/**
 * What does not fit the phone, as sentences (empty when the card fits): the chat or the card scrolls sideways, an
 * element sticks out of the card, a text or button title is cut off (an ellipsis), the card's first text block or
 * one of `mainPoint` is not within the first screen below the card's top. `mainPoint` holds texts on the card that
 * must end on the first screen, or `{ text, begins: true }` for a long text (a quote) whose first line must be on it.
 */
export function phoneProblems(card, mainPoint = []) {
  return card.evaluate((element, { screen, mainPoint: texts }) => {
    const problems = [];
    const name = (e) => `${e.tagName.toLowerCase()}.${[...e.classList].filter((c) => c.startsWith('ac-')).join('.')}` +
      ` "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 60)}"`;
    const chat = element.closest('[data-phone="chat"]');
    if (chat.getBoundingClientRect().width > screen.width) problems.push(`the chat is wider than the screen`);
    if (chat.scrollWidth > chat.clientWidth) problems.push(`the chat scrolls sideways (${chat.scrollWidth}px in ${chat.clientWidth}px)`);
    if (element.scrollWidth > element.clientWidth) problems.push(`the card scrolls sideways (${element.scrollWidth}px in ${element.clientWidth}px)`);
    const box = element.getBoundingClientRect();
    if (box.left < 0 || box.right > screen.width) problems.push(`the card (${box.left}..${box.right}) is not within the ${screen.width}px screen`);
    for (const e of element.querySelectorAll('*')) {
      if (e.getClientRects().length === 0) continue; // hidden, e.g. behind a toggle
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) problems.push(`${name(e)} sticks out of the card (${Math.round(r.left)}..${Math.round(r.right)})`);
      const style = getComputedStyle(e);
      if (style.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1) {
        problems.push(`${name(e)} is cut off (${e.scrollWidth}px of text in ${e.clientWidth}px)`);
      }
    }
    const visible = (e) => e.getClientRects().length > 0;
    const firstScreenEnd = box.top + screen.height;
    const first = [...element.querySelectorAll('.ac-textBlock')].find(visible);
    if (!first) problems.push('the card has no visible text block');
    else if (first.getBoundingClientRect().bottom > firstScreenEnd) problems.push(`its first text block ${name(first)} is below the first screen`);
    for (const point of texts) {
      const { text, begins = false } = typeof point === 'string' ? { text: point } : point;
      // The first element (in reading order) that holds the text while none of its children does.
      const holder = [...element.querySelectorAll('*')].find((e) =>
        visible(e) && e.textContent.includes(text) && ![...e.children].some((c) => c.textContent.includes(text)));
      if (!holder) {
        problems.push(`"${text}" is not visible on the card`);
        continue;
      }
      const { top, bottom } = holder.getBoundingClientRect();
      if (begins && top + 20 > firstScreenEnd) {
        problems.push(`"${text}" begins ${Math.round(top - box.top)}px below the card's top, after the first screen (${screen.height}px)`);
      } else if (!begins && bottom > firstScreenEnd) {
        problems.push(`"${text}" ends ${Math.round(bottom - box.top)}px below the card's top, after the first screen (${screen.height}px)`);
      }
    }
    return problems;
  }, { screen: PhoneScreen, mainPoint });
}

/**
 * What does not fit of a message's lead: the text above its card that Teams shows first (the answer, what is missing),
 * as sentences. The chat is scrolled so the lead's first line is at the screen's top; the lead must then be visible,
 * within the screen's width, and the card must begin on that first screen.
 */
export async function leadProblems(page, lead, card) {
  const text = page.locator('[data-phone="chat"]').getByText(lead, { exact: false }).last();
  await text.waitFor({ timeout: 30_000 });
  await scrollCardToTop(text);
  return text.evaluate((element, { screen, cardTop }) => {
    const problems = [];
    const box = element.getBoundingClientRect();
    if (box.left < 0 || box.right > screen.width) problems.push(`the lead (${box.left}..${box.right}) is not within the ${screen.width}px screen`);
    if (element.scrollWidth > element.clientWidth + 1) problems.push(`the lead is cut off (${element.scrollWidth}px of text in ${element.clientWidth}px)`);
    if (cardTop - box.top + 40 > screen.height) problems.push(`the card begins ${Math.round(cardTop - box.top)}px below the lead's top, after the first screen`);
    return problems;
  }, { screen: PhoneScreen, cardTop: await card.evaluate((e) => e.getBoundingClientRect().top) });
}
