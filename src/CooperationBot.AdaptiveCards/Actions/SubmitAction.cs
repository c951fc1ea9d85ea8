namespace CooperationBot.AdaptiveCards;

/// <summary>
/// <c>Action.Submit</c>: Teams sends the inputs merged with <see cref="DataAction.Data"/> to the bot as a message
/// whose <c>value</c> holds them.
/// </summary>
public sealed class SubmitAction : DataAction
{
    public SubmitAction()
        : base("Action.Submit")
    {
    }
}
