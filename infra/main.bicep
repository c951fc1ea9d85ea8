// CooperationBot in one resource group, without a password anywhere: a user-assigned managed identity is the
// bot's app, it reads the briefing key from Key Vault, and (optionally) signs in to PostgreSQL with Entra ID.
// Deploy: az deployment group create -g <group> -f infra/main.bicep -p infra/main.parameters.json
// (the Agents Toolkit fills the file's ${{...}} placeholders first; with the Azure CLI pass the values with -p).

targetScope = 'resourceGroup'

@description('The base of every resource name: lower-case letters, digits and hyphens. The web app is <base>.azurewebsites.net.')
@minLength(3)
@maxLength(40)
param resourceBaseName string = 'cooperationbot-${uniqueString(resourceGroup().id)}'

@description('Where the resources live (the bot registration is global).')
param location string = resourceGroup().location

@description('The Entra tenants (ids) whose Teams users may use the bot: Bot:AllowedTenants. Usually the ministry\'s own tenant.')
@minLength(1)
param allowedTenantIds array

@description('The bot\'s address as a browser reaches it, for briefing links (Bot:PublicBaseUrl). Empty: https://<web app host>.')
param publicBaseUrl string = ''

@description('The bot\'s name in Teams.')
param botDisplayName string = 'CooperationBot'

@description('The Azure Bot SKU: F0 is free and enough for the Teams channel.')
@allowed([
  'F0'
  'S1'
])
param botSkuName string = 'F0'

@description('The App Service plan\'s SKU (Basic or higher, for always on).')
param appServiceSkuName string = 'B1'

@description('How many instances of the bot run. More than one needs usePostgres.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('true: Azure Database for PostgreSQL with Entra-only sign-in (several instances share it). false: a SQLite file on the app\'s persistent /home storage (one instance).')
param usePostgres bool = false

@description('The PostgreSQL compute SKU (used when usePostgres).')
param postgresSkuName string = 'Standard_B1ms'

@description('The PostgreSQL tier matching postgresSkuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('How many days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('The briefing signing key (Bot:BriefingSigningKey), base64 of at least 32 bytes: leave it to the default, a fresh random key. It is stored only when the Key Vault holds no key of briefingKeyGeneration yet (the first deployment, or a rotation); every other deployment keeps the stored key, and this value goes nowhere. Secure, and a parameter at all, unavoidably: ARM makes random values (newGuid) only in parameter defaults, and a secure parameter keeps the key out of the deployment history.')
@secure()
param briefingSigningKey string = base64('${newGuid()}${newGuid()}')

@description('The briefing key\'s generation. Redeploying with the same number keeps the key (briefing links stay valid); a higher number makes a new key in a new secret, briefing-signing-key-<n>, and the web app switches to it: that rotates the key, and links handed out before stop working.')
@minValue(1)
param briefingKeyGeneration int = 1

@description('Tags put on every resource.')
param tags object = {
  application: 'CooperationBot'
}

var webAppName = resourceBaseName
var identityName = '${resourceBaseName}-identity'
var storeDatabaseName = 'cooperationbot'
// Key Vault names are at most 24 characters and globally unique.
var keyVaultName = 'kv-${uniqueString(resourceGroup().id, resourceBaseName)}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    baseName: resourceBaseName
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    name: keyVaultName
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    readerName: identityName
    briefingSigningKey: briefingSigningKey
    briefingKeyGeneration: briefingKeyGeneration
    workspaceId: monitoring.outputs.workspaceId
  }
}

module postgres 'modules/postgres.bicep' = if (usePostgres) {
  name: 'postgres'
  params: {
    name: '${resourceBaseName}-pg'
    location: location
    tags: tags
    databaseName: storeDatabaseName
    identityName: identityName
    // The Entra administrator's resource name is the identity's object id, which exists only once the identity is made:
    // no structure gives What-If that name beforehand (a resource in main.bicep may not take it as its name, BCP120),
    // so What-If cannot predict the postgres module's administrator; the rule stays on for everything else.
    #disable-next-line what-if-short-circuiting
    identityPrincipalId: identity.outputs.principalId
    skuName: postgresSkuName
    skuTier: postgresSkuTier
  }
}

var defaultHostName = '${webAppName}.azurewebsites.net'
var effectivePublicBaseUrl = empty(publicBaseUrl) ? 'https://${defaultHostName}' : publicBaseUrl

var tenantSettings = [
  for (tenantId, i) in allowedTenantIds: {
    name: 'Bot__AllowedTenants__${i}'
    value: tenantId
  }
]

var appSettings = concat(
  [
    {
      name: 'ASPNETCORE_ENVIRONMENT'
      value: 'Production'
    }
    {
      name: 'MicrosoftAppType'
      value: 'UserAssignedMSI'
    }
    {
      name: 'MicrosoftAppId'
      value: identity.outputs.clientId
    }
    {
      name: 'MicrosoftAppTenantId'
      value: identity.outputs.tenantId
    }
    {
      // DefaultAzureCredential (Azure OpenAI, when configured) picks this identity.
      name: 'AZURE_CLIENT_ID'
      value: identity.outputs.clientId
    }
    {
      name: 'Bot__PublicBaseUrl'
      value: effectivePublicBaseUrl
    }
    {
      name: 'Bot__BriefingSigningKey'
      value: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.briefingKeySecretUri})'
    }
    {
      name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
      value: monitoring.outputs.appInsightsConnectionString
    }
    // The store: PostgreSQL signed in with the identity's Entra token (no password in the connection string), or
    // SQLite on /home, which survives restarts and deployments (one instance only).
    {
      name: 'Store__Provider'
      value: usePostgres ? 'postgres' : 'sqlite'
    }
    {
      name: 'Store__Authentication'
      value: usePostgres ? 'ManagedIdentity' : 'Password'
    }
    {
      name: 'ConnectionStrings__Store'
      value: usePostgres ? postgres!.outputs.connectionString : 'Data Source=/home/data/cooperationbot.db'
    }
    {
      // The published program is deployed as it is; nothing is built on the server.
      name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
      value: 'false'
    }
  ],
  tenantSettings
)

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    name: webAppName
    location: location
    tags: tags
    skuName: appServiceSkuName
    instanceCount: instanceCount
    identityId: identity.outputs.id
    appSettings: appSettings
    workspaceId: monitoring.outputs.workspaceId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: resourceBaseName
    displayName: botDisplayName
    tags: tags
    endpoint: 'https://${webApp.outputs.defaultHostName}/api/messages'
    appId: identity.outputs.clientId
    identityId: identity.outputs.id
    tenantId: identity.outputs.tenantId
    skuName: botSkuName
  }
}

@description('The bot\'s app id (the identity\'s client id), for the Teams app manifest\'s MICROSOFT_APP_ID placeholder.')
output MICROSOFT_APP_ID string = identity.outputs.clientId

@description('The bot\'s tenant.')
output MICROSOFT_APP_TENANT_ID string = identity.outputs.tenantId

@description('The web app\'s host name.')
output BOT_DOMAIN string = webApp.outputs.defaultHostName

@description('The web app\'s resource id, where the Agents Toolkit zip-deploys.')
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.outputs.id

@description('The address briefing links start with.')
output PUBLIC_BASE_URL string = effectivePublicBaseUrl
