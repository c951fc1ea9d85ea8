// The Azure Bot registration: a user-assigned managed identity as its app (no password), the Teams channel,
// and the messaging endpoint on the web app.

@description('The bot resource\'s name (its handle, globally unique).')
param name string

@description('The name Teams users see.')
param displayName string

@description('Tags put on every resource.')
param tags object

@description('The messaging endpoint, https://<host>/api/messages.')
param endpoint string

@description('The identity\'s client id: the bot\'s app id.')
param appId string

@description('The identity\'s resource id.')
param identityId string

@description('The identity\'s tenant.')
param tenantId string

@description('F0 (free, standard channels such as Teams) or S1.')
@allowed([
  'F0'
  'S1'
])
param skuName string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  // Bot registrations are global resources.
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: appId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The bot resource\'s id.')
output id string = bot.id
