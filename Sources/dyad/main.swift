print("dyad")
