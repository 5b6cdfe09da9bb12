export { SheetPicker } from './SheetPicker'
export type { SheetPickerProps } from './SheetPicker'
export type { ChosenSheet } from './choose-sheet'
export { useSheetImport } from './use-sheet-import'
