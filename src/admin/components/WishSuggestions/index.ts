export { WishSuggestions } from './WishSuggestions'
export type { WishSuggestionsProps, SuggestedResource } from './WishSuggestions'
