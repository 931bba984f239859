using NewsModel.Evaluation;

return EvaluationCommand.Run(args, Console.Out, Console.Error);
