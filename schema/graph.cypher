// Schema of the sovereign-graph store, applied by `sovgraph migrate` and at
// `serve` start. Every statement is idempotent (IF NOT EXISTS); statements are
// separated by semicolons at line ends. Labels: DESIGN.md → Ontology.

// One node per id, per label: ingest MERGEs on these.
CREATE CONSTRAINT government_id IF NOT EXISTS FOR (n:Government) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT consortium_id IF NOT EXISTS FOR (n:Consortium) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT funding_id IF NOT EXISTS FOR (n:Funding) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT focus_area_id IF NOT EXISTS FOR (n:FocusArea) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT model_id IF NOT EXISTS FOR (n:Model) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// Lookups by name; nameKey is the lower-cased name, for case-insensitive lookups
// (aliases are found through the full-text index below).
CREATE INDEX government_name IF NOT EXISTS FOR (n:Government) ON (n.name);
CREATE INDEX government_country IF NOT EXISTS FOR (n:Government) ON (n.country);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX initiative_name IF NOT EXISTS FOR (n:Initiative) ON (n.name);
CREATE INDEX consortium_name IF NOT EXISTS FOR (n:Consortium) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX focus_area_name IF NOT EXISTS FOR (n:FocusArea) ON (n.name);
CREATE INDEX model_name IF NOT EXISTS FOR (n:Model) ON (n.name);
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey);
CREATE INDEX consortium_name_key IF NOT EXISTS FOR (n:Consortium) ON (n.nameKey);
CREATE INDEX government_name_key IF NOT EXISTS FOR (n:Government) ON (n.nameKey);

// Search over names and aliases of every entity kind.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Government|Agency|Initiative|Consortium|Organization|FocusArea|Model)
ON EACH [n.name, n.aliases];

// Curation: an id merged into another keeps pointing there for later ingests.
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE;
CREATE INDEX redirect_target IF NOT EXISTS FOR (n:Redirect) ON (n.target);
// Ingest finds an earlier version of a changed file by its origin.
CREATE INDEX article_origin IF NOT EXISTS FOR (n:Article) ON (n.origin);
