using CooperationBot.Bot.Digests.Delivery;

namespace CooperationBot.Bot.Tests.Digests.Delivery;

public class GroupCommitTests
{
    [Fact]
    public async Task WriteAsync_ManyCallersAtOnce_WrittenInFewBatchesEachGetsItsOwnResult()
    {
        var batches = new List<int>();
        var gate = new TaskCompletionSource();
        var commit = new GroupCommit<int, int>(
            async items =>
            {
                await gate.Task;
                lock (batches)
                {
                    batches.Add(items.Count);
                }

                return [.. items.Select(i => i * 10)];
            },
            maxBatch: 50);

        var first = commit.WriteAsync(0);
        var rest = Enumerable.Range(1, 99).Select(commit.WriteAsync).ToArray();
        gate.SetResult();
        var results = await Task.WhenAll(rest.Prepend(first));
        await commit.DisposeAsync();

        Assert.Equal(Enumerable.Range(0, 100).Select(i => i * 10), results);
        Assert.Equal(100, batches.Sum());
        Assert.All(batches, count => Assert.InRange(count, 1, 50));
        Assert.InRange(batches.Count, 2, 4);
    }

    [Fact]
    public async Task WriteAsync_BatchFails_EveryCallerOfThatBatchSeesTheFailure()
    {
        var commit = new GroupCommit<int, bool>(_ => throw new InvalidOperationException("disk full"), maxBatch: 10);

        var failures = await Task.WhenAll(Enumerable.Range(0, 3).Select(async i =>
            await Assert.ThrowsAsync<InvalidOperationException>(() => commit.WriteAsync(i))));
        await commit.DisposeAsync();

        Assert.All(failures, f => Assert.Equal("disk full", f.Message));
    }

    [Fact]
    public async Task WriteAsync_AfterDispose_Throws()
    {
        var commit = new GroupCommit<int, bool>(items => Task.FromResult<IReadOnlyList<bool>>([.. items.Select(_ => true)]), maxBatch: 10);
        Assert.True(await commit.WriteAsync(1));

        await commit.DisposeAsync();

        Assert.Throws<InvalidOperationException>(() => { _ = commit.WriteAsync(2); });
    }
}
