// Azure Database for PostgreSQL flexible server with Entra-only authentication (no password login exists): the
// bot's identity is its Entra administrator and signs in with a token as its own name.

@description('The server\'s name (globally unique: <name>.postgres.database.azure.com).')
param name string

@description('Where the server lives.')
param location string

@description('Tags put on every resource.')
param tags object

@description('The database the bot uses.')
param databaseName string

@description('The identity\'s name: the PostgreSQL role it signs in as.')
param identityName string

@description('The identity\'s object id.')
param identityPrincipalId string

@description('The compute SKU, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param skuName string

@description('The tier matching the SKU.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2025-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: '16'
    storage: {
      storageSizeGB: 32
      autoGrow: 'Enabled'
    }
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenant().tenantId
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

// The server accepts one change at a time, so the children are made one after the other.
resource admin 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2025-08-01' = {
  parent: server
  name: identityPrincipalId
  properties: {
    principalType: 'ServicePrincipal'
    principalName: identityName
    tenantId: tenant().tenantId
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2025-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
  dependsOn: [
    admin
  ]
}

// App Service without a virtual network connects from Azure's outbound addresses: the 0.0.0.0 rule admits
// connections from inside Azure only. Sign-in still needs an Entra token.
resource azureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2025-08-01' = {
  parent: server
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
  dependsOn: [
    database
  ]
}

@description('The Npgsql connection string: no password, the bot takes an Entra token (Store:Authentication=ManagedIdentity).')
output connectionString string = 'Host=${server.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${identityName};SSL Mode=Require'
