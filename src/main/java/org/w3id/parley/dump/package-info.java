/**
 * RDF dumps of a Parley dataset: every format ({@link org.w3id.parley.dump.DumpFormat}),
 * deterministic and streaming, with a VoID and DCAT description of the dataset. The entry point
 * is {@link org.w3id.parley.dump.Dumper}.
 */
package org.w3id.parley.dump;
