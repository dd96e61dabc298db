"""From words to an action: the router (skills first, then tools, then the
language model), intent matching (intents) and tool calling (tool_calling)."""
