# The JSON Schema of journey files. Its English descriptions are the model's doc comments
# (src/model/); this file only holds what the generator adds.

# An alias: a Dutch name the loader accepts for a value. $name is the value's own name,
# $description that value's description.
schema-alias = Dutch name for `{ $name }`: { $description }
