/** Contacts are selected as any list's rows are (src/lib/selection). */
export {
  isSelected,
  MAX_SELECTED_IDS,
  NO_SELECTION,
  selectedCount,
  toggle,
  toggleLoaded,
  type RowSelection as ContactSelection,
} from '@/lib/selection';
