"""From words to an action: the router (skills first, then tools, then the
language model), intent matching (intents), the skills as tools for the model
(tool_calling: the gate, grammar and checks; tool_choice: the model's pick)."""
