using NewsModel.Cli;

return await CliApp.RunAsync(args, Console.In, Console.OpenStandardInput, Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
