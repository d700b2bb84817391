/** jest setup: every Excel double in the tests runs behind Microsoft's office.js client. */
import { setOfficeJsClient } from "../../../src/excel-double";
import { loadOfficeJsClient } from "./load-client";

setOfficeJsClient(loadOfficeJsClient);
