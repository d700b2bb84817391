/** What a refresh cannot keep of the user's workbook: said, naming the part, before anything is written. */
export class GraftRefusal extends Error {}
