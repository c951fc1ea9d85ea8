// The bot's user-assigned managed identity: its client id is the bot's MicrosoftAppId, and it is the only
// principal that reads the briefing key and (optionally) signs in to PostgreSQL. No password exists for it.

@description('The identity\'s name.')
param name string

@description('Where the identity lives.')
param location string

@description('Tags put on every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('The identity\'s resource id.')
output id string = identity.id

@description('The identity\'s name.')
output name string = identity.name

@description('The application (client) id: the bot\'s MicrosoftAppId.')
output clientId string = identity.properties.clientId

@description('The service principal\'s object id, for role assignments.')
output principalId string = identity.properties.principalId

@description('The tenant the identity belongs to: the bot\'s MicrosoftAppTenantId.')
output tenantId string = identity.properties.tenantId
