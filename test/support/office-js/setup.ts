/** jest setup: every Excel double in the tests runs behind Microsoft's office.js client. */
import { setOfficeJsClient } from "../excel-double";
import { loadOfficeJsClient } from "./load-client";

setOfficeJsClient(loadOfficeJsClient);
