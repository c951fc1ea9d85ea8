// Adaptive Card checks with the official renderer package (adaptivecards 3.0.6) and small card helpers.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The ESM build under lib/ does not load with require; the UMD bundle does.
const AC = require('adaptivecards/dist/adaptivecards.js');

// adaptivecards 3.0.6 checks "lang" with a global (/g) regex through exec(), which keeps lastIndex between
// calls: every second valid "lang": "nl" is then reported as invalid. Same pattern, without the state.
AC.CardElement.langProperty.regEx = /^[a-z]{2,3}$/i;

export const AdaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** Parses `card` as Adaptive Card 1.5 like a client would; returns every parse and validation issue as text. */
export function validateCard(card) {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const issues = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    issues.push(`parse: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) {
    issues.push(`validate: ${event.message}`);
  }
  return issues;
}

/** Every string value of a card (texts, titles, facts...), for content assertions. */
export function cardStrings(node, into = []) {
  if (typeof node === 'string') into.push(node);
  else if (Array.isArray(node)) node.forEach((n) => cardStrings(n, into));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => cardStrings(n, into));
  return into;
}

/** True when some string in the card contains `text`. */
export function cardContains(card, text) {
  return cardStrings(card).some((s) => s.includes(text));
}

/** The Action.Submit (anywhere in the card) whose title is `title`, or undefined. */
/** The first action of the given type and title anywhere in a card (or list of cards). */
export function findAction(node, type, title) {
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = findAction(n, type, title);
      if (found) return found;
    }
  } else if (node && typeof node === 'object') {
    if (node.type === type && node.title === title) return node;
    for (const n of Object.values(node)) {
      const found = findAction(n, type, title);
      if (found) return found;
    }
  }
  return undefined;
}

export const findSubmitAction = (node, title) => findAction(node, 'Action.Submit', title);

/**
 * The question button (an Action.Submit with verb "ask", anywhere in a card or list of cards) that asks `question`:
 * its data holds the whole question, its title may be shortened to fit a phone ("Waarover spraken Van der…").
 * Without `question`, the first question button.
 */
export function findAskAction(node, question) {
  if (Array.isArray(node)) return node.map((n) => findAskAction(n, question)).find(Boolean);
  if (!node || typeof node !== 'object') return undefined;
  if (node.type === 'Action.Submit' && node.data?.verb === 'ask' && (question === undefined || node.data?.question === question)) return node;
  return Object.values(node).map((n) => findAskAction(n, question)).find(Boolean);
}

export const findOpenUrlAction = (node, title) => findAction(node, 'Action.OpenUrl', title);

/** The Adaptive Card contents among an activity's (or Playground message's) attachments. */
export function adaptiveCards(activity) {
  return (activity?.attachments ?? []).filter((a) => a.contentType === AdaptiveCardContentType).map((a) => a.content);
}
