using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Conversation;
using CooperationBot.Bot.Curators;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Conversations;
using CooperationBot.Bot.Help;
using CooperationBot.Bot.MessageExtension;
using CooperationBot.Bot.Visits;
using CooperationBot.Protocol.Routing;
using CooperationBot.Protocol.Teams;

namespace CooperationBot.Bot;

/// <summary>What the bot answers to, in one place: each line maps an activity to a handler.</summary>
public static class BotRoutes
{
    public static ActivityRouter MapCooperationBot(this ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        return router
            .Use(ConversationHandler.OnEveryActivityAsync)
            .OnConversationUpdate(ConversationHandler.OnConversationUpdateAsync)
            .OnConversationUpdate(WelcomeHandler.OnConversationUpdateAsync)
            .OnInstallationUpdate(ConversationHandler.OnInstallationUpdateAsync)
            .OnInstallationUpdate(WelcomeHandler.OnInstallationUpdateAsync)
            .OnMessage(@"^(help|hulp|\?|wat kun je( doen)?\??|what can you do\??)$", HelpHandler.SendHelpAsync)
            .OnSubmit(HelpHandler.Verb, HelpHandler.SendHelpAsync)
            .OnCardAction(HelpHandler.Verb, HelpHandler.RefreshHelpAsync)
            .OnMessage(VisitHandler.ListPattern, VisitHandler.OnListMessageAsync)
            .OnMessage(VisitHandler.VisitPattern, VisitHandler.OnVisitMessageAsync)
            .OnSubmit(VisitButton.Verb, VisitHandler.OnVisitSubmitAsync)
            .OnSubmit(VisitButton.ListVerb, VisitHandler.OnListSubmitAsync)
            .OnCardAction(VisitButton.Verb, VisitHandler.RefreshVisitAsync)
            .OnMessage(DigestCommand.Pattern, DigestHandler.OnMessageAsync)
            .OnSubmit(DigestVerbs.Save, DigestHandler.OnSaveAsync)
            .OnSubmit(DigestVerbs.Subscribe, DigestHandler.OnSubscribeSubmitAsync)
            .OnSubmit(DigestVerbs.Unsubscribe, DigestHandler.OnUnsubscribeSubmitAsync)
            .OnSubmit(DigestVerbs.Settings, DigestHandler.OnSettingsSubmitAsync)
            .OnSubmit(DigestVerbs.Status, DigestHandler.OnStatusSubmitAsync)
            .OnMessage(CuratorHandler.Pattern, CuratorHandler.OnMessageAsync)
            .OnSubmit(AskButton.Verb, AnswerHandler.OnAskButtonAsync)
            .OnInvoke(FeedbackVote.InvokeName, FeedbackHandler.HandleAsync)
            .OnComposeExtensionQuery(KnowledgeSearchHandler.CommandId, KnowledgeSearchHandler.OnQueryAsync)
            .OnComposeExtensionSelectItem(KnowledgeSearchResult.ItemIdProperty, KnowledgeSearchHandler.OnSelectItemAsync)
            .OnMessage(AnswerHandler.OnMessageAsync);
    }
}
