/** The {@code parley} command line: one picocli command class per verb, on top of the API. */
package org.w3id.parley.cli;
